SLUG = "03-barrage-rechy-nouvelliste"
LANG = "fr"
NOTES = "Le Nouvelliste-style regional copy; «» without inner spaces, straight apostrophes; Keystone caption."
TEXT = '''
date 2025-03-14 Barrage du Vallon de Réchy: «Nous ne construirons pas contre la population»

Le Conseil d'Etat valaisan a présenté vendredi le projet d'un nouveau barrage dans le val de Réchy. Les défenseurs de la nature promettent de se battre, les communes concernées posent leurs conditions.

Un mur de 85 mètres de haut, un lac artificiel de 40 millions de mètres cubes et une production annuelle estimée à 160 gigawattheures, surtout en hiver. Voilà, en quelques chiffres, le projet de barrage que l'Etat du Valais et la société Forces motrices de la Noble-Contrée SA ont dévoilé vendredi matin à Sion.

Le conseiller d'Etat Christophe Mayoraz, chef du Département de l'énergie, n'a pas caché l'enjeu. «Le Valais produit déjà un tiers de l'électricité hydraulique du pays. Mais nous manquons d'énergie en hiver, et ce barrage fait partie des réponses», a-t-il déclaré.

Le ministre a toutefois tenu à rassurer. «Nous ne construirons pas contre la population. Si les communes disent non, le projet s'arrêtera là.» Une consultation publique s'ouvrira au printemps, et une première décision du Grand Conseil est attendue fin 2026.

Un vallon «encore intact»

Le val de Réchy, réserve naturelle depuis les années 1990, abrite plusieurs tourbières et une population de tétras-lyres. C'est précisément ce qui fait bondir Léa Fournier, secrétaire romande de l'association Rhône Vivant. «On parle d'un des derniers vallons encore intacts de la rive gauche. Le noyer pour quelques semaines de courant en hiver, c'est un non-sens», estime-t-elle.

L'écologiste rappelle que la Confédération avait inscrit le site dans sa liste des «paysages d'importance nationale». Pour elle, l'Etat «fait semblant de consulter alors que tout est déjà ficelé». Rhône Vivant annonce d'ores et déjà qu'elle fera opposition.

«Nous ne sommes pas contre l'énergie renouvelable. Nous sommes contre le fait de sacrifier ce qui reste de sauvage dans ce canton», ajoute la Sierroise.

Les communes veulent leur part

Plus bas dans la vallée, on écoute avec intérêt. Jean-Marc Dayer, président de la commune de Grône, ne se dit «ni pour ni contre, à ce stade». Mais il prévient: «Si on touche à notre territoire, il faudra que les retombées restent ici. Je pense aux redevances hydrauliques, mais aussi aux emplois pendant le chantier.»

Le président de commune se souvient du chantier de la Grande Dixence, que lui racontait son grand-père. «A l'époque, on a construit sans rien demander à personne. Les gens d'ici ne veulent plus de ça», confie le Grônard.

Selon Christophe Mayoraz, les communes concédantes pourraient toucher ensemble jusqu'à 4 millions de francs par an de redevances. Un chiffre que Jean-Marc Dayer accueille «avec prudence».

Le conseiller national Pascal Rey, qui avait déposé une motion en faveur de la réserve en 2019, n'était pas présent à Sion. Le dossier doit encore passer devant l'Office fédéral de l'environnement.

Le val de Réchy pourrait accueillir un lac artificiel de 40 millions de mètres cubes. KEYSTONE
'''
PEOPLE = [
 {"name": "Christophe Mayoraz", "aliases": ["Le ministre"], "roles": ["conseiller d'Etat", "chef du Département de l'énergie"]},
 {"name": "Léa Fournier", "aliases": ["L'écologiste", "la Sierroise"], "roles": ["secrétaire romande de l'association Rhône Vivant"]},
 {"name": "Jean-Marc Dayer", "aliases": ["Le président de commune", "le Grônard"], "roles": ["président de la commune de Grône"]},
]
MENTIONED = ["Pascal Rey"]
QUOTES = [
 ("Nous ne construirons pas contre la population", "Christophe Mayoraz", "context", False, {"note": "headline, repeated in Mayoraz's body quote"}),
 ("Le Valais produit déjà un tiers de l'électricité hydraulique du pays. Mais nous manquons d'énergie en hiver, et ce barrage fait partie des réponses", "Christophe Mayoraz", "pronoun"),
 ("Nous ne construirons pas contre la population. Si les communes disent non, le projet s'arrêtera là.", "Christophe Mayoraz", "role", False, {"note": "'Le ministre a toutefois tenu à rassurer.' precedes the quote"}),
 ("encore intact", "Léa Fournier", "context", True, {"borderline": True, "note": "subheading echoing Fournier's 'encore intacts'"}),
 ("On parle d'un des derniers vallons encore intacts de la rive gauche. Le noyer pour quelques semaines de courant en hiver, c'est un non-sens", "Léa Fournier", "pronoun"),
 ("fait semblant de consulter alors que tout est déjà ficelé", "Léa Fournier", "pronoun", True),
 ("Nous ne sommes pas contre l'énergie renouvelable. Nous sommes contre le fait de sacrifier ce qui reste de sauvage dans ce canton", "Léa Fournier", "role"),
 ("ni pour ni contre, à ce stade", "Jean-Marc Dayer", "named", True),
 ("Si on touche à notre territoire, il faudra que les retombées restent ici. Je pense aux redevances hydrauliques, mais aussi aux emplois pendant le chantier.", "Jean-Marc Dayer", "pronoun"),
 ("A l'époque, on a construit sans rien demander à personne. Les gens d'ici ne veulent plus de ça", "Jean-Marc Dayer", "role"),
 ("avec prudence", "Jean-Marc Dayer", "named", True, {"borderline": True}),
]
NON = [("paysages d'importance nationale", "name of a federal inventory, nobody quoted")]
