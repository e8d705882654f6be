SLUG = "04-proces-ecole-anderlecht-lalibre"
LANG = "fr"
NOTES = "La Libre-style court report; « » with inner spaces, curly apostrophes; Belga tag and caption."
TEXT = '''
date 2025-10-08 Procès de l’agression à l’athénée d’Anderlecht : « Je ne voulais pas la tuer », affirme l’accusé

Au deuxième jour de son procès devant la cour d’assises de Bruxelles, Thomas Delvaux, 20 ans, a livré sa version des faits. Une enseignante blessée a raconté la matinée du 14 mars 2024.

Il a gardé les yeux baissés pendant presque toute l’audience. Thomas Delvaux, ancien élève de l’athénée Émile-Verhulst d’Anderlecht, est accusé de tentative de meurtre sur une professeure de mathématiques, qu’il avait frappée de plusieurs coups de couteau dans un couloir de l’établissement. Il avait alors 18 ans.

Interrogé mercredi par la présidente de la cour, Martine Vanderlinden, le jeune homme a reconnu les faits, mais conteste toute intention de tuer. « Je ne voulais pas la tuer. Je voulais qu’on m’écoute, qu’on arrête de me traiter comme un moins que rien », a-t-il déclaré d’une voix à peine audible.

« Vous aviez pourtant acheté ce couteau trois jours plus tôt », lui a fait remarquer la présidente. « Oui », a simplement répondu l’accusé, avant de fondre en larmes.

Selon l’acte d’accusation, lu mardi par l’avocat général Philippe Moreau, le jeune homme avait été exclu de l’école quelques semaines plus tôt après plusieurs incidents. Il en gardait, d’après l’enquête, une « rancœur profonde » envers l’équipe pédagogique.

« Elle m’a sauvé la vie sans le savoir »

L’après-midi a été consacré au témoignage de Nathalie Peeters, l’enseignante visée. Elle porte encore les traces de ses blessures au bras et à l’épaule.

« Je l’ai vu arriver au bout du couloir. J’ai d’abord cru qu’il venait s’excuser », a-t-elle raconté à la cour, la voix ferme. « Quand j’ai vu la lame, j’ai levé le bras. C’est tout ce que j’ai eu le temps de faire. »

La professeure a salué le geste d’une collègue d’éducation physique, qui s’était interposée et avait ceinturé l’agresseur. « Elle m’a sauvé la vie sans le savoir. Je ne la remercierai jamais assez. »

Depuis l’agression, Nathalie Peeters n’a pas repris le travail. « J’ai enseigné pendant vingt-deux ans. Aujourd’hui, je ne suis plus capable d’entrer dans une classe », a-t-elle confié, provoquant un long silence dans la salle.

Interrogée par la défense sur le parcours scolaire de l’accusé, l’enseignante a reconnu qu’il était « un élève en difficulté, souvent seul », mais a refusé d’y voir une excuse.

La présidente a ensuite demandé à l’accusé s’il souhaitait s’adresser à la victime. Thomas Delvaux s’est levé : « Madame, je vous demande pardon. Je sais que ça ne répare rien. »

Son avocate, Me Sophie Lambrechts, plaidera l’absence d’intention homicide. Les parties civiles, elles, évoquent un acte « préparé et réfléchi ». Le verdict est attendu la semaine prochaine. (Belga)

L’accusé à son arrivée au palais de justice de Bruxelles, mercredi. © Belga
'''
PEOPLE = [
 {"name": "Thomas Delvaux", "aliases": ["l’accusé", "le jeune homme"], "roles": ["accusé", "ancien élève de l’athénée Émile-Verhulst d’Anderlecht"]},
 {"name": "Martine Vanderlinden", "aliases": ["la présidente"], "roles": ["présidente de la cour d’assises de Bruxelles"]},
 {"name": "Nathalie Peeters", "aliases": ["l’enseignante", "La professeure"], "roles": ["enseignante de mathématiques"]},
]
MENTIONED = ["Philippe Moreau", "Sophie Lambrechts"]
QUOTES = [
 ("Je ne voulais pas la tuer", "Thomas Delvaux", "role", False, {"note": "headline: 'affirme l’accusé'"}),
 ("Je ne voulais pas la tuer. Je voulais qu’on m’écoute, qu’on arrête de me traiter comme un moins que rien", "Thomas Delvaux", "pronoun"),
 ("Vous aviez pourtant acheté ce couteau trois jours plus tôt", "Martine Vanderlinden", "role"),
 ("Oui", "Thomas Delvaux", "role", False, {"borderline": True}),
 ("rancœur profonde", None, "none", True, {"borderline": True, "note": "attributed to the investigation ('d’après l’enquête'), no speaker"}),
 ("Elle m’a sauvé la vie sans le savoir", "Nathalie Peeters", "context", False, {"note": "subheading repeated in Peeters's quote below"}),
 ("Je l’ai vu arriver au bout du couloir. J’ai d’abord cru qu’il venait s’excuser", "Nathalie Peeters", "pronoun"),
 ("Quand j’ai vu la lame, j’ai levé le bras. C’est tout ce que j’ai eu le temps de faire.", "Nathalie Peeters", "continuation"),
 ("Elle m’a sauvé la vie sans le savoir. Je ne la remercierai jamais assez.", "Nathalie Peeters", "role", False, {"note": "follows 'La professeure a salué…', no speech verb"}),
 ("J’ai enseigné pendant vingt-deux ans. Aujourd’hui, je ne suis plus capable d’entrer dans une classe", "Nathalie Peeters", "pronoun"),
 ("un élève en difficulté, souvent seul", "Nathalie Peeters", "role", True),
 ("Madame, je vous demande pardon. Je sais que ça ne répare rien.", "Thomas Delvaux", "named"),
 ("préparé et réfléchi", None, "unnamed", True, {"speaker_description": "Les parties civiles"}),
]
NON = []
