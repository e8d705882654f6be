SLUG = "01-cop30-insulaires-afp"
LANG = "fr"
NOTES = "AFP-style dispatch with dateline, photo caption and closing agency initials; « » with inner spaces, straight apostrophes."
TEXT = '''
date 2025-11-18 COP30 : les États insulaires veulent « de l'argent, pas des promesses »

Belém (Brésil), 18 nov 2025 (AFP) - Les dirigeants des pays les plus menacés par la montée des eaux ont haussé le ton mardi à la conférence de l'ONU sur le climat, accusant les grandes économies de jouer la montre sur le financement de l'adaptation, à quatre jours de la clôture prévue des négociations.

« Nous ne sommes pas venus ici pour entendre une fois de plus que l'argent arrivera l'an prochain. Nous voulons de l'argent, pas des promesses », a déclaré le président des Palaos, Joseph Ngirchemat, devant l'assemblée plénière.

Le dirigeant, dont l'archipel compte à peine 18.000 habitants, a rappelé que deux villages côtiers avaient déjà dû être déplacés vers l'intérieur des terres depuis 2020. « Chaque année, la mer nous prend un peu plus de terrain. Nos enfants apprennent à nager avant d'apprendre à lire », a-t-il ajouté, sous les applaudissements d'une partie de la salle.

Le président paluan a également jugé « inacceptable » que le brouillon de décision publié lundi soir ne contienne plus aucun montant chiffré.

Les pays en développement réclament que les nations riches triplent d'ici 2030 les sommes consacrées à l'adaptation, soit environ 120 milliards de dollars par an. Les discussions achoppent notamment sur la part qui serait versée sous forme de dons plutôt que de prêts, et sur la définition du « nouvel objectif collectif » adopté l'an dernier à Bakou.

- « Faire notre part » -

Quelques heures plus tard, le président finlandais Aarne Viljakainen a plaidé pour « une architecture financière plus lisible », sans s'engager sur un chiffre.

« L'Europe reste le premier contributeur au monde en matière de finance climatique. Nous ferons notre part, mais nous ne pouvons pas être les seuls à la faire », a affirmé le chef de l'État finlandais lors d'une conférence de presse.

Selon lui, les grands émetteurs émergents « doivent désormais rejoindre la base des contributeurs », une demande à laquelle la Chine et l'Arabie saoudite s'opposent depuis des années.

Une position jugée « indécente » par Maria Fernanda Oyarzún, porte-parole du réseau d'ONG Action Climat Sud. « On demande aux victimes de financer elles-mêmes leur ambulance », a-t-elle lancé devant le centre de conférences, où quelques dizaines de militants brandissaient des pancartes en forme de bouées.

« Le texte actuel est plus faible que celui de Bakou. Si rien ne bouge d'ici jeudi, il faudra avoir le courage de le dire en séance. »

Le groupe des Îles vulnérables, qui réunit 39 États, a pour sa part dénoncé dans un communiqué « un recul inacceptable par rapport aux engagements pris ».

- « Personne ne veut bouger » -

La présidence brésilienne, emmenée par le diplomate Paulo Andrade Lins, doit présenter mercredi une nouvelle version du texte. Elle espère un accord avant vendredi soir, mais les observateurs tablent déjà sur des prolongations, comme lors des deux dernières COP.

Dans les couloirs, un négociateur européen, s'exprimant sous couvert d'anonymat, reconnaît que les discussions sont « dans une impasse sur les chiffres ». « Tout le monde attend que la présidence mette un texte sur la table. Personne ne veut bouger le premier », a-t-il confié à l'AFP.

D'après ce négociateur, les États-Unis, représentés à Belém par une délégation réduite, pèsent peu dans les échanges cette année.

Le président des Palaos devait quitter le Brésil mercredi. Avant de partir, il a promis de revenir « l'an prochain, et celui d'après, tant qu'il restera une île à défendre ».

Le Président des Palaos Joseph Ngirchemat à la tribune de la COP30, à Belém, le 18 novembre 2025 (Photo: AFP)

pm-lbx/abc
'''
PEOPLE = [
 {"name": "Joseph Ngirchemat", "aliases": ["Le dirigeant", "Le président paluan", "Le président des Palaos"], "roles": ["président des Palaos"]},
 {"name": "Aarne Viljakainen", "aliases": ["le chef de l'État finlandais"], "roles": ["président finlandais"]},
 {"name": "Maria Fernanda Oyarzún", "aliases": [], "roles": ["porte-parole du réseau d'ONG Action Climat Sud"]},
]
MENTIONED = ["Paulo Andrade Lins"]
D_NEG = {"speaker_description": "un négociateur européen, sous couvert d'anonymat"}
QUOTES = [
 ("de l'argent, pas des promesses", "Joseph Ngirchemat", "context", True, {"note": "headline fragment of the body quote of Ngirchemat"}),
 ("Nous ne sommes pas venus ici pour entendre une fois de plus que l'argent arrivera l'an prochain. Nous voulons de l'argent, pas des promesses", "Joseph Ngirchemat", "named"),
 ("Chaque année, la mer nous prend un peu plus de terrain. Nos enfants apprennent à nager avant d'apprendre à lire", "Joseph Ngirchemat", "pronoun"),
 ("inacceptable", "Joseph Ngirchemat", "role", True, {"borderline": True}),
 ("Faire notre part", "Aarne Viljakainen", "context", False, {"note": "AFP intertitle echoing Viljakainen's quote below"}),
 ("une architecture financière plus lisible", "Aarne Viljakainen", "named", True),
 ("L'Europe reste le premier contributeur au monde en matière de finance climatique. Nous ferons notre part, mais nous ne pouvons pas être les seuls à la faire", "Aarne Viljakainen", "role"),
 ("doivent désormais rejoindre la base des contributeurs", "Aarne Viljakainen", "pronoun", True),
 ("indécente", "Maria Fernanda Oyarzún", "named", True, {"borderline": True}),
 ("On demande aux victimes de financer elles-mêmes leur ambulance", "Maria Fernanda Oyarzún", "pronoun"),
 ("Le texte actuel est plus faible que celui de Bakou. Si rien ne bouge d'ici jeudi, il faudra avoir le courage de le dire en séance.", "Maria Fernanda Oyarzún", "continuation"),
 ("un recul inacceptable par rapport aux engagements pris", None, "organization", True, {"speaker_org": "groupe des Îles vulnérables"}),
 ("Personne ne veut bouger", None, "context", False, dict(D_NEG, note="intertitle echoing the anonymous negotiator's quote")),
 ("dans une impasse sur les chiffres", None, "unnamed", True, D_NEG),
 ("Tout le monde attend que la présidence mette un texte sur la table. Personne ne veut bouger le premier", None, "pronoun", False, D_NEG),
 ("l'an prochain, et celui d'après, tant qu'il restera une île à défendre", "Joseph Ngirchemat", "pronoun", True),
]
NON = [("nouvel objectif collectif", "name of a negotiation item, nobody quoted")]
