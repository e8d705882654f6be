SLUG = "05-greve-construction-tva"
LANG = "fr"
NOTES = "TVA Nouvelles-style web copy; « » with inner spaces, straight apostrophes; agency credit at the end."
TEXT = '''
date 2025-05-21 Grève dans la construction résidentielle: «On ne rentrera pas à genoux», prévient le syndicat

Quelque 28 000 travailleurs de la construction résidentielle ont débrayé mercredi matin partout au Québec, paralysant des centaines de chantiers d'habitation en pleine crise du logement.

Les piquets de grève se sont mis en place dès 6 h devant les chantiers de Laval, de Lévis et de Gatineau. À Montréal, plusieurs centaines de grévistes ont manifesté devant les bureaux de l'association patronale, rue Sherbrooke.

«On ne rentrera pas à genoux. Nos membres ont perdu du pouvoir d'achat pendant trois ans, et aujourd'hui on nous offre 2,5 % par année. C'est une insulte», a lancé le président de la Fédération des travailleurs unis de la construction (FTUC), Luc Gravel-Bouchard, devant les manifestants.

Le leader syndical réclame des hausses de 18 % sur quatre ans, ainsi qu'une meilleure prise en charge des frais de déplacement pour les travailleurs envoyés en région. «Les entrepreneurs font des profits records. Qu'ils partagent», a-t-il ajouté.

Selon lui, la grève pourrait durer «aussi longtemps qu'il le faudra».

«Une grève irresponsable»

Du côté patronal, le ton est tout aussi ferme. L'Association des entrepreneurs en construction résidentielle du Québec (AECRQ) qualifie la grève d'«irresponsable» en pleine pénurie de logements.

«Chaque semaine de grève, c'est environ 1 200 mises en chantier qui sont retardées. Ce sont des familles qui attendaient leurs clés cet été qui vont payer pour ça», a déploré sa porte-parole, Chantal Bérubé, en entrevue à TVA Nouvelles.

Mme Bérubé assure que l'offre patronale est «la plus généreuse des quinze dernières années» et que l'association est prête à retourner à la table «dès ce soir». «La porte n'est pas fermée, mais les chiffres du syndicat sont irréalistes pour les petits entrepreneurs», a-t-elle affirmé.

Sur le terrain, l'humeur oscillait entre la colère et l'inquiétude. Yannick Tremblay, charpentier-menuisier depuis 14 ans, tenait une pancarte devant un chantier de condos à Laval.

«J'ai deux enfants, une hypothèque, et mon char a 200 000 kilomètres. J'aime pas ça, faire la grève. Mais à un moment donné, il faut se tenir debout», a raconté le père de famille.

«Mon chum a lâché la construction l'an passé pour aller travailler en Ontario. Il gagne 10 $ de plus de l'heure là-bas.»

Le ministre du Travail, Jean Boulerice, a indiqué par voie de communiqué qu'il suivait la situation «de très près» et invité les parties à «négocier de bonne foi». Il n'exclut pas une loi spéciale si le conflit s'éternise, selon nos informations.

Un conciliateur a été nommé mardi soir. Une rencontre entre les parties est prévue jeudi matin.

- Avec l'Agence QMI
'''
PEOPLE = [
 {"name": "Luc Gravel-Bouchard", "aliases": ["Le leader syndical"], "roles": ["président de la Fédération des travailleurs unis de la construction (FTUC)"]},
 {"name": "Chantal Bérubé", "aliases": ["Mme Bérubé"], "roles": ["porte-parole de l'Association des entrepreneurs en construction résidentielle du Québec (AECRQ)"]},
 {"name": "Yannick Tremblay", "aliases": ["le père de famille"], "roles": ["charpentier-menuisier"]},
 {"name": "Jean Boulerice", "aliases": [], "roles": ["ministre du Travail"]},
]
MENTIONED = []
QUOTES = [
 ("On ne rentrera pas à genoux", "Luc Gravel-Bouchard", "organization", False, {"speaker_org": "Fédération des travailleurs unis de la construction (FTUC)", "note": "headline 'prévient le syndicat'; the body gives the words to its president"}),
 ("On ne rentrera pas à genoux. Nos membres ont perdu du pouvoir d'achat pendant trois ans, et aujourd'hui on nous offre 2,5 % par année. C'est une insulte", "Luc Gravel-Bouchard", "named"),
 ("Les entrepreneurs font des profits records. Qu'ils partagent", "Luc Gravel-Bouchard", "pronoun"),
 ("aussi longtemps qu'il le faudra", "Luc Gravel-Bouchard", "pronoun", True),
 ("Une grève irresponsable", None, "context", False, {"speaker_org": "Association des entrepreneurs en construction résidentielle du Québec (AECRQ)", "note": "subheading paraphrasing the association's position"}),
 ("irresponsable", None, "organization", True, {"borderline": True, "speaker_org": "Association des entrepreneurs en construction résidentielle du Québec (AECRQ)"}),
 ("Chaque semaine de grève, c'est environ 1 200 mises en chantier qui sont retardées. Ce sont des familles qui attendaient leurs clés cet été qui vont payer pour ça", "Chantal Bérubé", "named"),
 ("la plus généreuse des quinze dernières années", "Chantal Bérubé", "named", True),
 ("dès ce soir", "Chantal Bérubé", "named", True, {"borderline": True}),
 ("La porte n'est pas fermée, mais les chiffres du syndicat sont irréalistes pour les petits entrepreneurs", "Chantal Bérubé", "pronoun"),
 ("J'ai deux enfants, une hypothèque, et mon char a 200 000 kilomètres. J'aime pas ça, faire la grève. Mais à un moment donné, il faut se tenir debout", "Yannick Tremblay", "role"),
 ("Mon chum a lâché la construction l'an passé pour aller travailler en Ontario. Il gagne 10 $ de plus de l'heure là-bas.", "Yannick Tremblay", "continuation"),
 ("de très près", "Jean Boulerice", "named", True, {"borderline": True}),
 ("négocier de bonne foi", "Jean Boulerice", "named", True),
]
NON = []
