SLUG = "02-secheresse-tet-independant"
LANG = "fr"
NOTES = "L'Indépendant-style local copy (Perpignan); straight double quotes, curly apostrophes; photo caption with credit."
TEXT = '''
date 2025-07-09 Sécheresse : la plaine du Roussillon passe en "crise", l’arrosage des jardins interdit

Le préfet des Pyrénées-Orientales a signé mardi soir un arrêté plaçant 62 communes de la plaine en niveau de crise. Les agriculteurs redoutent une saison "catastrophique".

C’est une décision que beaucoup attendaient, et que personne n’espérait. Depuis ce mercredi 9 juillet, l’arrosage des pelouses, des jardins d’agrément et le remplissage des piscines privées sont interdits dans 62 communes de la plaine du Roussillon, de Rivesaltes à Argelès-sur-Mer. Le lavage des véhicules hors des stations équipées est également proscrit.

"Nous n’avons plus le choix. Le débit de la Têt à Marquixanes est inférieur de moitié à la normale pour un mois de juillet, et les nappes du pliocène sont à leur plus bas niveau depuis que les mesures existent", a justifié le préfet Thierry Maubourg lors d’un point presse à la préfecture, quai Sadi-Carnot.

Le représentant de l’État a prévenu que les contrôles seraient "renforcés dès cette semaine", avec le concours des gendarmes et des agents de l’Office français de la biodiversité. Une amende de 1 500 euros est prévue pour les contrevenants.

"Je sais que ces mesures sont contraignantes. Mais l’eau potable reste la priorité absolue, et certaines communes du Fenouillèdes sont déjà alimentées par camion-citerne", a-t-il insisté.

"On arrache des arbres pour survivre"

Pour les agriculteurs, les restrictions tombent au pire moment. À Ille-sur-Têt, Marcel Costa-Riu cultive 18 hectares de pêchers et d’abricotiers. Il n’a le droit d’irriguer que deux nuits par semaine depuis la fin juin.

"Les fruits sont petits, ils tombent avant la récolte. Cette année, je vais perdre au moins 40 % de ma production", explique l’arboriculteur de 57 ans, en désignant une parcelle où les feuilles ont commencé à jaunir.

Il a déjà arraché l’hiver dernier deux hectares de vieux pêchers, faute de pouvoir les arroser. "On arrache des arbres pour survivre. Mon père n’aurait jamais imaginé voir ça."

"Ce qu’on nous demande, c’est de tenir. Mais tenir avec quoi ?"

Selon la chambre d’agriculture, près de 300 exploitations de la plaine pourraient demander une indemnisation au titre des calamités agricoles cette année.

Des forages sous surveillance

Du côté du Syndicat intercommunal de l’eau de la Têt aval (Sieta), qui gère le réseau de 24 communes, on se prépare à un été sous tension. "Nous avons fermé deux forages trop proches de la mer, où nous constations une remontée de sel", indique sa directrice, Hélène Sabatier.

Le syndicat a lancé un plan de recherche de fuites sur ses 900 kilomètres de canalisations. D’après la directrice, le rendement du réseau atteint aujourd’hui 78 %, "ce qui veut dire qu’un litre sur cinq se perd encore dans le sol".

"Chacun doit comprendre que l’eau du robinet ne tombe pas du ciel. Si la consommation ne baisse pas d’au moins 15 % en juillet, nous devrons envisager des coupures nocturnes dans certains quartiers", prévient Hélène Sabatier.

Le maire de Thuir, Gérard Pons, a de son côté annoncé la fermeture des douches de plage municipales et l’arrêt de l’arrosage des ronds-points. Une réunion de la cellule départementale de suivi est programmée le 22 juillet.

Les bassins de rétention du Soler, photographiés lundi, sont presque à sec. Photo Claude Ferrer
'''
PEOPLE = [
 {"name": "Thierry Maubourg", "aliases": ["Le préfet des Pyrénées-Orientales", "Le représentant de l’État"], "roles": ["préfet des Pyrénées-Orientales"]},
 {"name": "Marcel Costa-Riu", "aliases": ["l’arboriculteur de 57 ans"], "roles": ["arboriculteur à Ille-sur-Têt"]},
 {"name": "Hélène Sabatier", "aliases": ["la directrice"], "roles": ["directrice du Syndicat intercommunal de l’eau de la Têt aval (Sieta)"]},
]
MENTIONED = ["Gérard Pons", "Claude Ferrer"]
QUOTES = [
 ("catastrophique", None, "unnamed", True, {"borderline": True, "speaker_description": "Les agriculteurs"}),
 ("Nous n’avons plus le choix. Le débit de la Têt à Marquixanes est inférieur de moitié à la normale pour un mois de juillet, et les nappes du pliocène sont à leur plus bas niveau depuis que les mesures existent", "Thierry Maubourg", "named"),
 ("renforcés dès cette semaine", "Thierry Maubourg", "role", True),
 ("Je sais que ces mesures sont contraignantes. Mais l’eau potable reste la priorité absolue, et certaines communes du Fenouillèdes sont déjà alimentées par camion-citerne", "Thierry Maubourg", "pronoun"),
 ("On arrache des arbres pour survivre", "Marcel Costa-Riu", "context", False, {"note": "subheading taken from Costa-Riu's quote below"}),
 ("Les fruits sont petits, ils tombent avant la récolte. Cette année, je vais perdre au moins 40 % de ma production", "Marcel Costa-Riu", "role"),
 ("On arrache des arbres pour survivre. Mon père n’aurait jamais imaginé voir ça.", "Marcel Costa-Riu", "pronoun", False, {"note": "no verb; follows 'Il a déjà arraché…'"}),
 ("Ce qu’on nous demande, c’est de tenir. Mais tenir avec quoi ?", "Marcel Costa-Riu", "continuation"),
 ("Nous avons fermé deux forages trop proches de la mer, où nous constations une remontée de sel", "Hélène Sabatier", "named", False, {"note": "'indique sa directrice, Hélène Sabatier'"}),
 ("ce qui veut dire qu’un litre sur cinq se perd encore dans le sol", "Hélène Sabatier", "role", True),
 ("Chacun doit comprendre que l’eau du robinet ne tombe pas du ciel. Si la consommation ne baisse pas d’au moins 15 % en juillet, nous devrons envisager des coupures nocturnes dans certains quartiers", "Hélène Sabatier", "named"),
]
NON = [("crise", "name of the official drought alert level in the headline, nobody quoted")]
