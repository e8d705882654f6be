"""Word lists for French and English news copy.

Reporting verbs are listed as lemmas and expanded into the inflected forms news copy
uses (participles, present, imperfect, simple past), so the lists read like a
dictionary rather than like one article.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower-case, strip accents and unify apostrophes, for lexicon look-ups."""
    word = word.replace("’", "'").replace("‘", "'").lower()
    if word == "à":
        return word  # the preposition must not fold into the auxiliary "a"
    return "".join(c for c in unicodedata.normalize("NFD", word) if unicodedata.category(c) != "Mn")


# --- French reporting verbs -------------------------------------------------------
_FR_LEMMAS = """déclarer affirmer préciser expliquer ajouter indiquer souligner marteler lancer
insister assurer estimer confier raconter rappeler annoncer évoquer dénoncer accuser justifier
relever noter observer commenter résumer confirmer avouer glisser lâcher trancher clamer
proclamer exclamer demander répliquer rétorquer reprocher regretter saluer critiquer
fustiger plaider protester détailler développer illustrer argumenter analyser constater
signaler mentionner réclamer exiger appeler inviter témoigner confesser murmurer souffler
emporter agacer tonner ironiser railler indigner insurger espérer rapporter relater
concéder nuancer rassurer inquiéter alerter scander écrier crier hurler continuer enchaîner
renchérir abonder tempérer asséner fulminer pester déplorer féliciter remercier conseiller
suggérer prôner réagir interpeller tweeter twitter poster publier lister citer
démarrer débuter terminer conclure jurer garantir prévoir prédire répéter réitérer
minimiser nier contester exprimer menacer avancer considérer étonner réjouir
interroger questionner alarmer tacler persister remarquer décrypter souvenir invoquer objecter souhaiter formuler qualifier décrire exhorter
implorer supplier déclamer entonner""".split()
_FR_IRREGULAR = """dit dits dite dites disait disaient dira dirait disant dire
écrit écrite écrits écrivait écrivent écrire écrivant
répond répondu répondait répondent répondre répondit
reconnaît reconnait reconnu reconnue reconnaissait reconnaissent
admet admis admise admettait admettent
poursuit poursuivi poursuivait poursuivent
avertit averti avertissait préviens prévient prévenu prévenait
promet promis promettait décrit décrite décrivait
conclut conclu concluait convient convenu
réagit réagi réagissait défend défendu défendait
soutient soutenu soutenait maintient maintenu maintenait
dément démenti démentait
lâchera glissera dira ajoutera affirmera lit lire
parle parlent parlait parlaient parlé présente présentent présentait présentaient croit croire croyait croient
estimé""".split()

def _french_forms(lemma: str) -> set[str]:
    """Folded forms news copy uses: participles, present, imperfect, simple past, future."""
    v = fold(lemma)
    if v.endswith("ir"):  # avertir → avertit, averti, avertissait
        stem = v[:-2]
        return {stem + suf for suf in ("it", "i", "ie", "issait", "issent", "ira", "ir")}
    if v.endswith("re"):  # conclure → conclut, conclu
        stem = v[:-2]
        return {stem + suf for suf in ("", "t", "u", "ue", "ait", "ent", "a", "re")}
    stem = v.removesuffix("er")  # déclarer → déclare, déclaré(e)(s), déclarait, déclara…
    forms = {stem + suf for suf in ("e", "ee", "ees", "ent", "ait", "aient", "a", "era", "erait",
                                    "ant", "er")}
    if stem.endswith("c"):  # annoncer → annonça
        forms.add(stem[:-1] + "ca")
    if stem.endswith(("el", "et")) and not stem.endswith(("ell", "ett")) and stem != "appel":
        # rappeler → rappelle («il s'appelle X» names; «il appelle à…» is in the engine)
        forms.update({stem + stem[-1] + suf for suf in ("e", "es", "ent", "era", "erait")})
    if stem.endswith("g"):  # juger → jugeait
        forms.update({stem + "eait", stem + "ea"})
    return forms


_FR_ER_FORMS: set[str] = set()
for _v in _FR_LEMMAS:
    _FR_ER_FORMS |= _french_forms(_v)
FR_VERBS: frozenset[str] = frozenset(_FR_ER_FORMS | {fold(w) for w in _FR_IRREGULAR})

# "a fait valoir/observer/savoir/remarquer" report speech through a light verb.
FR_LIGHT_VERB = frozenset({"fait", "faisait", "fera"})
FR_LIGHT_COMPLEMENT = frozenset({"valoir", "observer", "savoir", "remarquer", "part"})
FR_REFLEXIVE_SPEECH = frozenset({"dit", "dite", "dits", "dites", "declare", "declaree", "montre", "montree",
                                 "exclame", "exclamee", "ecrie", "ecriee", "emporte", "emportee",
                                 "indigne", "indignee", "insurge", "insurgee", "felicite", "felicitee",
                                 "inquiete", "inquietee", "agace", "agacee", "interroge", "interrogee",
                                 "defendu", "defendue", "explique", "expliquee", "confie", "confiee",
                                 "exprime", "exprimee", "dit-il", "dit-elle"})

# --- English reporting verbs ------------------------------------------------------
_EN_REGULAR = """say add state explain note claim insist argue warn tweet post announce declare
admit confirm deny reply respond answer ask suggest stress emphasise emphasize conclude
continue joke quip pen recall remark observe comment acknowledge concede complain urge
accuse reveal report maintain assert contend predict promise vow pledge praise slam blast
counter retort exclaim shout cry scream whisper mutter sigh laugh reiterate repeat
describe call write tell speak tweet caution plead boast lament reflect recount insist
confess mention indicate signal demand charge dismiss rebuff reject criticise criticize
apologise apologize thank welcome hail allege testify yell quote blame cite decry denounce
condemn applaud highlight underline recommend propose assure reassure agree disagree wonder muse attribute
grumble""".split()
_EN_IRREGULAR = """said says saying told tells telling wrote written writes writing spoke spoken
speaks began begins thinks thought""".split()
_EN_FORMS: set[str] = set()
for _v in _EN_REGULAR:
    _EN_FORMS.add(_v)
    _EN_FORMS.add(_v + "s" if not _v.endswith(("s", "sh", "ch", "x")) else _v + "es")
    if _v.endswith("e"):
        _EN_FORMS.update({_v + "d", _v[:-1] + "ing"})
    elif _v.endswith("y") and _v[-2] not in "aeiou":
        _EN_FORMS.update({_v[:-1] + "ied", _v[:-1] + "ies", _v + "ing"})
    else:
        _EN_FORMS.update({_v + "ed", _v + "ing", _v + _v[-1] + "ed"})
EN_VERBS: frozenset[str] = frozenset(_EN_FORMS | set(_EN_IRREGULAR))

# Nouns that report speech: "rejected claims the Bank 'chickened out'".
EN_SPEECH_NOUNS = frozenset({"claims", "claim", "criticism", "accusations", "suggestions", "reports",
                             "statement", "remarks", "comments", "words", "tweet", "message", "chants",
                             "chant", "chanting", "cries", "shouts", "slogans", "placards", "banners", "signs"})
FR_SPEECH_NOUNS = frozenset(fold(w) for w in ("propos", "declaration", "declarations", "communique", "message",
                             "tweet", "critiques", "accusations", "paroles", "mots"))

# --- pronouns -------------------------------------------------------------------------
PRONOUN_GENDER = {"il": "m", "elle": "f", "he": "m", "she": "f", "lui": "m", "him": "m", "her": "f",
                  "ils": "p", "elles": "p", "they": "p", "celle-ci": "f", "celui-ci": "m", "celle-la": "f", "celui-la": "m"}
UNNAMED_SUBJECTS = frozenset(fold(w) for w in ("on", "one", "some", "others", "many", "critics", "observers",
                              "certains", "d'autres", "plusieurs", "beaucoup", "sources", "source",
                              "proches", "people", "analysts", "experts", "witnesses"))

# --- titles and cues ----------------------------------------------------------------
TITLES_M = frozenset({"m", "m.", "monsieur", "mr", "mr.", "sir", "lord", "messieurs"})
TITLES_F = frozenset({"mme", "mme.", "madame", "mrs", "mrs.", "ms", "ms.", "miss", "mlle", "dame", "lady", "madam"})
TITLES_N = frozenset(fold(w) for w in ("dr", "dr.", "me", "pr", "prof", "professor", "president", "président",
                      "presidente", "minister", "ministre", "senator", "judge", "general", "général",
                      "colonel", "capitaine", "captain", "rev", "imam", "father", "pere", "abbe",
                      "sheikh", "chief", "governor", "mayor", "king", "queen", "prince",
                      "princess", "pope", "bishop", "ayatollah", "sergeant", "inspector", "coach", "cllr", "councillor", "councilor",
                      "commissioner", "superintendent", "detective", "constable", "sen", "rep", "gov",
                      "sgt", "lt", "capt", "supt", "insp", "gen", "col", "brigade", "division",
                      "cr", "coun", "justice", "sheriff", "cpl", "pte", "maj", "cmdr", "cdr", "det", "dci",
                      "malam", "mallam", "hajiya", "hajia", "elhadji", "elhadj", "hadja", "mzee", "haji", "hajji", "cde", "oustaz", "ustaz", "alderman", "councilman", "councilwoman", "assemblyman", "assemblywoman", "congressman",
                      "congresswoman", "elder", "comrade", "pastor", "reverend", "rabbi", "alhaji", "alhaja",
                      "hon", "honourable", "ald", "sir", "lord", "baroness", "baron"))

# Nouns that describe a person's function; used to read appositions and role subjects.
ROLE_TEXT = """
ministre président présidente secrétaire directeur directrice chef cheffe porte-parole député
députée conseiller conseillère maire bourgmestre premier première gouverneur ambassadeur
ambassadrice juge avocat avocate procureur procureure réalisateur réalisatrice cinéaste chargé
chargée patron patronne leader dirigeant dirigeante sénateur sénatrice commissaire délégué
déléguée responsable fondateur fondatrice administrateur administratrice entraîneur
sélectionneur joueur joueuse capitaine champion championne coordinateur coordinatrice
syndicaliste militant militante expert experte chercheur chercheuse professeur professeure
médecin docteur infirmière écrivain écrivaine auteur autrice artiste chanteur chanteuse acteur
actrice comédien comédienne musicien musicienne créateur créatrice scénariste showrunner showrunneuse imam pasteur évêque pape roi reine prince princesse chancelier chancelière vice-président
vice-présidente co-porte-parole élu élue candidat candidate représentant représentante
analyste économiste juriste historien historienne politologue sociologue
épidémiologiste virologue ingénieur architecte agriculteur policier policière gendarme
officier général colonel commandant témoin victime accusé accusée prévenu prévenue
plaignant plaignante mère père fils fille veuve frère soeur sœur épouse mari veuf compagne
compagnon oncle tante cousin cousine grand-mère grand-père mother father son daughter brother
sister wife husband widow widower uncle aunt grandmother grandfather
minister president secretary director chief spokesperson spokesman spokeswoman governor
coach t1 t2 technicien technicienne champion mayor mp senator ceo chairman chairwoman chair head manager founder official
lawyer attorney prosecutor judge leader member deputy envoy ambassador commissioner chancellor
premier king queen prince princess officer analyst economist expert professor doctor researcher
captain player striker goalkeeper boss executive adviser advisor aide whip candidate activist
author writer singer actor actress director producer chairperson vice-president
number world-number
préfet préfète sous-préfet sous-préfète magistrat magistrate gouverneure syndic syndique échevin échevine
recteur rectrice doyen doyenne présentateur présentatrice trésorier trésorière conseiller
organisatrice organisateur directeur-général inspecteur inspectrice substitut greffier greffière
mec councillor councilor organiser organizer treasurer superintendent inspector sheriff
magistrate dean rector registrar warden steward trustee nurse surgeon scientist
dg pdg dga drh cfo coo cto pca mca mep mla mpp mna msp td cs lauréat lauréate vainqueur gagnant gagnante finaliste romancier
romancière poète poétesse éditeur éditrice critique critic
mayeur mairesse édile adjoint adjointe urgentologue urgentiste pharmacien pharmacienne enseignant
enseignante instituteur institutrice proviseur proviseure bâtonnier bâtonnière notaire gérant
gérante propriétaire vigneron vigneronne viticulteur viticultrice éleveur éleveuse pêcheur
pêcheuse restaurateur restauratrice infirmier pompier pompière attaquant attaquante défenseur
défenseure gardien gardienne ailier milieu buteur buteuse meneur meneuse talonneur pilier
demi-de-mêlée ouvreur coureur coureuse sprinteur grimpeur pilote nageur nageuse skieur skieuse
boxeur boxeuse tennisman tenniswoman cycliste navigateur navigatrice chirurgien chirurgienne
psychiatre psychologue pédiatre cardiologue infectiologue météorologue climatologue
councilman councilwoman assemblyman assemblywoman lawmaker legislator congressman congresswoman
headteacher principal vice-chancellor strategist farmer landlord firefighter paramedic
midfielder defender winger skipper batsman batter bowler keeper goalie quarterback
pitcher jockey cyclist swimmer sprinter economist-in-chief meteorologist epidemiologist
administrator regulator ombudsman auditor comptroller undersecretary intéressé intéressée
engineer architect surveyor planner physician teacher lecturer accountant pharmacist detective collector ranger warden
biologist ecologist geologist botanist chemist physicist zoologist ornithologist volcanologist climatologist
guard goaltender fullback flyhalf scrumhalf shortstop netballer golfer caddie boxer wrestler hurdler
shooter rider ailière demi-centre sprinteuse portier lutteur lutteuse judoka entraîneuse relayeur relayeuse
sergeant constable lieutenant admiral designer consultant counsellor counselor psychologist
psychiatrist dentist veterinarian fisherman solicitor barrister coroner pathologist historian
curator librarian novelist poet journalist editor reporter photographer filmmaker musician
composer artist dancer owner clerk headmaster headmistress provost bishop priest pastor rabbi
urbaniste comptable amiral consultante dentiste vétérinaire conservateur conservatrice
bibliothécaire journaliste rédacteur rédactrice photographe producteur productrice compositeur
compositrice danseur danseuse cuisinier cuisinière prêtre curé rabbin maraîcher maraîchère
boulanger boulangère rapporteur rapporteure rapporteuse pourvoyeur pourvoyeuse promoteur promotrice"""
ROLE_NOUNS = frozenset(fold(w) for w in ROLE_TEXT.split())

# Common nouns for unnamed people ("a confié un habitant", "said a resident").
_PERSON_TEXT = """
habitant habitante riverain riveraine témoin source passant passante manifestant manifestante
voisin voisine proche ami amie résident résidente électeur électrice spectateur spectatrice
supporter supportrice élève étudiant étudiante parent salarié salariée employé employée ouvrier
ouvrière agent soldat homme femme jeune enfant retraité retraitée commerçant commerçante client
cliente patient patiente fidèle membre participant participante observateur observatrice
resident witness neighbour neighbor spokesman spokeswoman spokesperson official source aide
insider fan voter student worker employee protester passer-by man woman person relative friend
diplomate diplomat commuter commuters resident passenger retiree pensioner hawker trader vendor
shopkeeper survivor victim parent mother father villager farmer
père mère fils fille grand-père grand-mère mari épouse veuve veuf frère sœur cousin cousine
oncle tante papa maman bénévole militant militante pendulaire usager usagère automobiliste
cycliste piéton piétonne promeneur promeneuse visiteur visiteuse touriste locataire propriétaire
agriculteur agricultrice éleveur éleveuse pêcheur pêcheuse chauffeur conducteur conductrice
infirmier infirmière enseignant enseignante lycéen lycéenne collégien collégienne docker
transitaire commerçant artisan artisane sinistré sinistrée rescapé rescapée chômeur chômeuse
fonctionnaire policier policière gendarme pompier secouriste abonné abonnée adolescent adolescente
trentenaire quadragénaire quinquagénaire sexagénaire septuagénaire octogénaire nonagénaire
dame monsieur vendeur vendeuse cultivateur cultivatrice producteur productrice exploitant
exploitante restaurateur restauratrice boulanger boulangère serveur serveuse caissière caissier
local locals tenant homeowner motorist pedestrian tourist visitor volunteer activist campaigner
collègue colleague camarade coéquipier coéquipière teammate négociateur négociatrice negotiator randonneur randonneuse saisonnier saisonnière vacancier vacancière usagère commerçant commerçante piéton
piétonne hiker holidaymaker international grandmother grandfather mum dad son daughter husband wife widow nurse driver doctor fisherman
marin matelot navigateur navigatrice skipper sailor operator contractor
member participant observer customer shopper patient nurse teacher officer analyst diplomat
"""
PERSON_NOUNS = frozenset(fold(w) for w in _PERSON_TEXT.split())

# Agent-noun endings ("le planteur", "la militante", "le politologue", "the teenager"), for
# descriptions no list holds; the common things sharing an ending are listed apart.
_AGENT_ENDINGS = {"fr": ("eur", "euse", "trice", "iste", "ien", "ienne", "logue", "graphe", "ier", "iere", "aire",
                         "ant", "ante"),
                  "en": ("ist", "ian", "ager", "ologist")}
_AGENT_STOP = frozenset(fold(w) for w in """secteur moteur cœur coeur malheur bonheur honneur valeur couleur
douleur erreur hauteur largeur longueur chaleur humeur peur fleur ordinateur compteur ascenseur radiateur
réacteur indicateur vecteur capteur détecteur aspirateur tracteur marqueur intérieur extérieur supérieur
inférieur extincteur liste piste lien bien chien soutien entretien maintien rien quotidien dialogue catalogue
prologue épilogue paragraphe chantier quartier papier métier calendrier janvier février dossier fichier courrier
acier clavier sentier escalier palier atelier glacier panier cahier lumière matière manière frontière carrière
rivière barrière prière filière première dernière bière poussière montant restaurant volant instant carburant
commentaire salaire inventaire itinéraire anniversaire horaire dictionnaire questionnaire formulaire calvaire
sommaire vocabulaire matrice cicatrice tant avant durant pendant cependant maintenant autant néanmoins
gouvernement gérant plan christian median""".split())


def agent_noun(word: str, language: str) -> bool:
    """A lower-case word shaped like a person's occupation or description."""
    low = fold(word)
    return word[:1].islower() and len(low) >= 6 and low not in _AGENT_STOP \
        and low.endswith(_AGENT_ENDINGS.get(language, ()))
# the words as written: "Mere" (a given name) is no "mère" once accents are folded away
PERSON_NOUNS_RAW = frozenset(w.lower() for w in _PERSON_TEXT.split())

_ROLE_RAW = frozenset(w.replace("’", "'") for w in ROLE_TEXT.lower().split())
ROLE_NOUNS_RAW = _ROLE_RAW  # the role words as written, accents kept
_ROLE_PLAIN = frozenset(w for w in _ROLE_RAW if fold(w) == w)


_ROLE_PREFIXES = frozenset({"haut", "haute", "ex", "co", "vice", "sous", "grand", "grande", "arch", "pro"})


@lru_cache(maxsize=16384)
def is_role_word(text: str) -> bool:
    """A function noun ("ministre", "député"); "jugé" (judged) is not "juge" (judge)."""
    low = fold(text)
    if low not in ROLE_NOUNS:
        head, _, rest = text.partition("-")
        if rest and fold(head) in _ROLE_PREFIXES:
            return is_role_word(rest)  # "haut-commissaire", "ex-ministre", "co-présidente"
        if rest and "-" not in rest and is_role_word(head):
            return True  # "procureur-adjoint", "secrétaire-général", "maire-adjointe"
        return False
    raw = text.lower().replace("’", "'")
    # ("Mere", a given name, is no "mère": a word written without the accents its role
    # spelling has is another word; capitals may drop them: "Etat", "Eveque" stay roles)
    return raw in _ROLE_RAW or (raw == low and (low in _ROLE_PLAIN or text[:1].isupper() and text[1:].isupper()))


# Head nouns of subjects that are organisations, not people.
ORG_NOUNS = frozenset(fold(w) for w in """
gouvernement association ministère parti journal quotidien hebdomadaire magazine agence
entreprise société groupe compagnie banque commission conseil comité syndicat fédération
union coalition alliance organisation ong institut université école hôpital tribunal cour
parquet police gendarmerie armée préfecture mairie ville état région département club équipe
communiqué rapport document texte étude sondage site chaîne radio télévision
government ministry party newspaper paper magazine agency company firm bank commission council
committee union federation coalition alliance organisation organization institute university
school hospital court police army office department club team statement report study survey
website channel network board authority authorities campaign movement group administration
presidency cabinet parliament assembly senate congress
fondation foundation mutuelle caisse fonds fund trust cabinet holding consortium collectif
brand label studio maison marque enseigne chaîne constructeur fabricant opérateur municipalité
municipality county council ministry ministère direction service
charity ngo watchdog think-tank lobby organisme groupement coopérative amicale cooperative
library bibliothèque museum musée district utility airline retailer insurer regulator aéroport airport chambre
city town écurie armateur transporteur assureur bailleur
bureau agency secretariat inspectorate tribunal
""".split())

# Capitalised words that make a capitalised sequence an organisation, place or work.
ORG_WORDS = frozenset(fold(w) for w in """
Bank Banque Association Conseil Commission Union Parti Party Group Groupe Ministry Ministère
University Université Club Zeitung Times Post News Journal Gazette Tribune Herald Telegraph
Institute Institut Agence Agency Fédération Federation Comité Committee Court Cour Tribunal
House Maison Palais Palace Stade Stadium Church Église Council Assembly Assemblée Parliament
Parlement Senate Sénat Congress Congrès Company Corporation Inc Ltd SA AG Foundation Fondation
Airlines Airways Express Radio TV Télévision Channel Hospital Hôpital École School College Collège
Department Département Region Région Province Republic République Kingdom Royaume States Etats
États Nations Alliance Coalition Front Mouvement Movement Force Forces Army Armée Police Street
Rue Avenue Boulevard Road Square Place Airport Aéroport Grand Slam Open Cup Coupe Championship
Championnat Festival Prix Prize Award Twitter Facebook Instagram Keystone Reuters AFP Belga
Photo Image Video Vidéo Getty Shutterstock Lombardie Tour Mondiaux Mondial Olympic Olympiques
Solidaire Solidarity Lab Center Centre Office Bureau Service Services Capital Holdings Global
Cycling Racing Team United Athletic Athletico Sporting Olympique Rovers Wanderers Rugby Basket Handball
Creek River Lake Bay Falls Valley Island Harbour Harbor Beach Canyon Ridge Springs Heights Township Borough
Hotel Hôtel Resort Motel Inn Lodge Restaurant Brasserie Mall Plaza Station Terminal Stadium Arena Market
Metro Transit Forum Habitat Forest Woods Grove Heights Live Ville Mairie Préfecture Canton Commune Agglomération Métropole Observatoire Observatory Watch Sport Sports Scierie Entente Nuits Agriculture Usine Menuiserie Distillerie Quincaillerie Vélo Cyclisme Homes Seafood Seafoods Gaelscoil Gaelcholáiste Coláiste Scoil
Society Société Organisation Organization Network League Museum Musée Rescue
Health Santé Provincial Provinciale County Comté Library Libraries Bibliothèque Bibliothèques
Ratepayers Residents Citizens Workers Farmers Teachers Nurses Doctors Consumers Contribuables
Democrat Democrats Democratic Labour Labor Liberal Liberals Conservative Conservatives Tory Tories
Republican Republicans Socialist Socialists Socialiste Socialistes Greens Verts Républicains
Partners Brothers Associates Industries Group Trust Fund Fonds Municipalité Municipality
Syndicat Fondation Mutuelle Caisse Société Compagnie Entreprise Entreprises Ministry Ministries
Hurricane Storm Typhoon Cyclone Ouragan Tempête Guard Garde Co County Province
Atelier Ateliers Chantier Chantiers Fromagerie Boulangerie Brasserie Garage Domaine Château Clinique
Pharmacie Librairie Éditions Editions Laboratoire Laboratoires Imprimerie
Resources Mining Minerals Energy Petroleum Oil Gas Motors Pharmaceuticals Technologies Systems
Solutions Logistics Insurance Construction Properties Investments Ventures Media Telecom
Communications Entertainment Foods Brewing Basket Football Rugby Handball Volley Hockey Étoile
Authority Autorité Agency Board Commissariat Inspectorate Tribunal Ombudsman Rovers United City Athletic
Wanderers Albion Rangers Olympique Sporting Racing Stade FC AFC SC
Crédit Credit Assurance Assurances Mutuel Mutuelle Treasury Trésor Marathon Semi-marathon Rally Rallye Mont Mount Lac Lake Fort Port Plage Beach Valley Vallée
""".split())

PLACES = frozenset(fold(w) for w in """
Albania Andorra Armenia Austria Azerbaijan Bahamas Bahrain Barbados Belarus Belize Benin Bhutan
Bolivia Bosnia Brunei Bulgaria Cambodia Comoros Croatia Cyprus Czechia Djibouti Ecuador Eritrea
Estonia Eswatini Fiji Gabon Gambia Grenada Guatemala Guinea Guyana Honduras Hungary Iceland Jamaica
Kiribati Kosovo Kuwait Kyrgyzstan Laos Latvia Lesotho Liberia Liechtenstein Lithuania Madagascar
Malawi Malaysia Maldives Malta Mauritania Mauritius Moldova Mongolia Montenegro Myanmar Nauru Nepal
Nicaragua Oman Palau Palestine Panama Paraguay Philippines Romania Samoa Serbia Seychelles Slovakia
Slovenia Somalia Suriname Taiwan Tajikistan Thailand Togo Tonga Trinidad Turkmenistan Tuvalu Uruguay
Uzbekistan Vanuatu Yemen Asia Jamaïque Autriche Hongrie Roumanie Bulgarie Croatie Serbie Grèce
Lituanie Lettonie Estonie Islande Malaisie Thaïlande Cambodge Birmanie Népal Mongolie Équateur
Bolivie Paraguay Uruguay Guinée Gambie Libéria Mauritanie Madagascar Maurice Comores Djibouti
Érythrée Somalie Bénin Togo Gabon Tchad
France Suisse Belgique Allemagne Italie Espagne Europe Afrique Amérique Asie Russie Ukraine
Chine Japon Inde Canada Québec Québec Sénégal Mali Niger Burkina Faso Côte Ivoire Cameroun
Congo RDC Rwanda Burundi Kenya Nigeria Ghana Maroc Algérie Tunisie Égypte Liban Syrie Israël
Iran Irak Turquie Grèce Portugal Pologne Norvège Suède Danemark Finlande Autriche Hongrie
Roumanie Bulgarie Luxembourg Monaco Genève Lausanne Berne Zurich Bâle Neuchâtel Fribourg Valais
Vaud Paris Lyon Marseille Bruxelles Anvers Liège Namur Montréal Dakar Abidjan Ouagadougou
Kinshasa Goma Beni Bamako Niamey Lomé Cotonou Yaoundé Douala Londres London Washington Moscou
Moscow Kiev Kyiv Pékin Beijing Tokyo Berlin Rome Madrid Bruxelles Brussels Strasbourg Avignon
Cannes Wollongong Australie Australia Kazakhstan Wimbledon Wellington Zealand Zélande Nouvelle
Africa South North East West England Britain Scotland Wales Ireland America Germany Italy Spain
Russia China Japan India Kenya Nairobi Johannesburg Pretoria Cape Town Soweto Durban Lagos Accra
Geneva Switzerland Belgium Netherlands Sweden Norway Denmark Finland Poland Greece Turkey Egypt
Morocco Tunisia Algeria Senegal Mali Cameroon Uganda Tanzania Ethiopia Zimbabwe Zambia Botswana
Namibia Mozambique Angola Sudan Libya Syria Iraq Iran Israel Gaza Lebanon Pakistan Afghanistan
Bangladesh Indonesia Vietnam Korea Brazil Brésil Mexico Mexique Argentina Argentine Chile Chili
Peru Pérou Colombia Colombie Venezuela Cuba Haïti Haiti Louvain Leuven Ottawa Toronto Vancouver
Sydney Melbourne Auckland Delhi Mumbai Shanghai Hong Kong Singapore Singapour Dubai Dubaï Doha
Qatar Arabie Saudi Arabia Emirates Émirats Bordeaux Lille Toulouse Nice Nantes Rennes Montpellier
Gard Nîmes Werchter Laeken Gouin Amnéville Kazakhstan Moscou Tunis Alger Rabat Casablanca
""".split())

# Demonyms: nationality nouns/adjectives (masculine and feminine forms) → gender when a noun.
_NAT_STEMS = """norvégien/norvégienne français/française belge suisse allemand/allemande
italien/italienne espagnol/espagnole portugais/portugaise russe ukrainien/ukrainienne
américain/américaine canadien/canadienne québécois/québécoise britannique anglais/anglaise
chinois/chinoise japonais/japonaise indien/indienne sénégalais/sénégalaise malien/malienne
ivoirien/ivoirienne burkinabè/burkinabè camerounais/camerounaise congolais/congolaise
rwandais/rwandaise kényan/kényane nigérian/nigériane ghanéen/ghanéenne marocain/marocaine
algérien/algérienne tunisien/tunisienne égyptien/égyptienne libanais/libanaise syrien/syrienne
israélien/israélienne iranien/iranienne turc/turque grec/grecque polonais/polonaise
suédois/suédoise danois/danoise finlandais/finlandaise autrichien/autrichienne
néerlandais/néerlandaise luxembourgeois/luxembourgeoise brésilien/brésilienne
argentin/argentine mexicain/mexicaine australien/australienne sud-africain/sud-africaine
kazakh/kazakhe croate tchèque slovaque hongrois/hongroise roumain/roumaine bulgare serbe
genevois/genevoise vaudois/vaudoise lausannois/lausannoise neuchâtelois/neuchâteloise
valaisan/valaisanne fribourgeois/fribourgeoise bernois/bernoise zurichois/zurichoise
parisien/parisienne lyonnais/lyonnaise marseillais/marseillaise bruxellois/bruxelloise
wallon/wallonne flamand/flamande brabançon/brabançonne liégeois/liégeoise laekenois/laekenoise
montréalais/montréalaise dakarois/dakaroise abidjanais/abidjanaise
malgache béninois/béninoise togolais/togolaise gabonais/gabonaise tchadien/tchadienne
nigérien/nigérienne guinéen/guinéenne mauritanien/mauritanienne haïtien/haïtienne
centrafricain/centrafricaine comorien/comorienne djiboutien/djiboutienne mauricien/mauricienne
breton/bretonne basque corse alsacien/alsacienne normand/normande savoyard/savoyarde
acadien/acadienne martiniquais/martiniquaise guadeloupéen/guadeloupéenne réunionnais/réunionnaise
Jamaican Filipino Ugandan Malagasy Haitian Welshman Scotsman Irishman Englishman Frenchman
Norwegian French Belgian Swiss German Italian Spanish Portuguese Russian Ukrainian American
Canadian British English Scottish Welsh Irish Chinese Japanese Indian Senegalese Malian Ivorian
Cameroonian Congolese Rwandan Kenyan Nigerian Ghanaian Moroccan Algerian Tunisian Egyptian
Lebanese Syrian Israeli Iranian Turkish Greek Polish Swedish Danish Finnish Austrian Dutch
Brazilian Argentine Argentinian Mexican Australian Kazakh Croatian Czech Slovak Hungarian
Romanian Bulgarian Serbian Zimbabwean Zambian Ugandan Tanzanian Ethiopian Pakistani Afghan
Bangladeshi Indonesian Vietnamese Korean New-ZeaKiwi South-African"""
NATIONALITY_GENDER: dict[str, str | None] = {}
for _item in _NAT_STEMS.split():
    _forms = _item.split("/")
    if len(_forms) == 2 and _forms[0] != _forms[1]:
        NATIONALITY_GENDER[fold(_forms[0])] = "m"
        NATIONALITY_GENDER[fold(_forms[1])] = "f"
    else:
        NATIONALITY_GENDER[fold(_forms[0])] = None

# Given names by gender (common French, English, African and other names); a weak cue.
_FIRST_F = """marie anne sophie isabelle nathalie catherine christine sylvie valérie sandrine
véronique claire julie caroline céline stéphanie laurence martine françoise monique nicole
brigitte patricia mireille mathilde camille léa chloé emma manon sarah laura pauline juliette
charlotte alice louise inès leïla leila nadia fatou fatoumata aminata aïssatou mariama awa
khady ndeye coumba hannah jessica jennifer elizabeth mary margaret susan linda barbara karen
nancy lisa betty helen sandra donna carol ruth sharon michelle emily amanda melissa deborah
stephanie rebecca rachel kate katherine katharina verena ursula angela theresa jacinda nicola
anna olga natalia natalie victoria diana grace joy faith lindiwe nosipho
zanele thandi naledi busisiwe nandi noémie annabelle gisèle giselle aurélie élise margaux
agnès hélène cécile delphine élisabeth elisabeth geneviève jacqueline josiane odile simone
yvonne rosa maria carmen lucia giulia francesca ségolène marine rachida najat ayesha fatima
amina zainab hawa mercy esther priscilla lindsay ashley heather amy claire-lise""".split()
_FIRST_M = """jean pierre paul jacques michel philippe alain bernard andré louis françois
nicolas christophe patrick daniel thierry éric eric laurent olivier stéphane sébastien julien
frédéric david pascal vincent gérard marc mathieu matthieu antoine thomas alexandre guillaume
emmanuel maxime lucas hugo théo arthur jules gabriel raphaël rémi rémy luc yves serge didier
dominique gilles henri hervé jérôme bruno denis franck fabrice cédric benoît lionel xavier
amadou mamadou moussa ibrahima ousmane abdoulaye cheikh modou souleymane boubacar macky
ibrahim mohamed mohammed ahmed ali omar youssef karim rachid kofi kwame yaw désiré koffi
roch blaise patrice félix joseph john james robert michael william richard charles
thomas christopher mark donald steven andrew kenneth george edward brian ronald anthony kevin
jason matthew gary timothy larry jeffrey frank scott eric stephen raymond gregory samuel
peter graham boris rishi keir joe barack jens olaf emmanuel vladimir volodymyr xi 
dirk marko novak rafael roger andy sipho thabo cyril jacob
mmusi julius jean-daniel jean-marc jean-pierre jean-luc jean-claude
jean-françois pierre-yves marc-antoine gabriel alain-michel""".split()
FIRST_NAMES: dict[str, str | None] = {fold(n): "f" for n in _FIRST_F}
FIRST_NAMES.update({fold(n): "m" for n in _FIRST_M})

# A broader list (general knowledge of given names across French-, English-, German-,
# Nordic-, Slavic-, Southern-European-, African-, Arabic- and Asian-named people in the
# news); names that are common for both sexes map to None (a given name, gender unknown).
_FIRST_F_MORE = """adèle adeline adrienne agathe albane alexandra alexia alicia aline  amandine
amélie anaïs andrée angèle angélique annick annie anouk ariane arlette armelle astrid audrey aude
axelle béatrice bénédicte bérénice bernadette blanche capucine carole caroline cassandre chantal
clarisse clémence clotilde colette coralie corinne danielle denise diane dorothée édith éléonore
eliane élodie éloïse émilie emmanuelle estelle eugénie évelyne fabienne fanny florence florine
francine frédérique gabrielle ginette gwendoline héloïse henriette hortense irène jeanne jocelyne
joëlle josette josiane judith justine laetitia laëtitia liliane lise lorraine lucie lucienne
ludivine lydie madeleine maëlle magali marcelle margot marguerite marianne marie-claude
marie-france marie-hélène marie-christine marie-pierre marie-laure marion marthe maryse maud
mélanie micheline michèle mireille muriel murielle myriam nadège nadine noëlle océane odette
olivia ophélie paule paulette perrine rachelle régine renée rolande roselyne rose sabine salomé
séverine solange solène suzanne sylviane tatiana thérèse valentine vanessa victoire virginie
viviane yvette zoé
abigail alison allison amber  angelina anne-marie annette audrey beatrice bethany
beverley beverly bridget brenda caitlin cara carla carolyn cassie catriona cheryl christina
cindy claudia colleen courtney cynthia daisy danielle dawn debbie debra denise dolores doris
dorothy eileen elaine eleanor elena ella ellen eloise emilia erin evelyn fiona florence frances
gemma  gillian gladys gloria gwen harriet hazel heidi holly imogen irene iris isabel
isabella jackie jane janet janice jasmine  jenny jill joan joanna joanne josephine joyce
judy julia june kathleen kathryn kathy kayla kelly kirsty kristen lauren leah lily lorna lucy
lydia lynn lynne madison mandy marilyn marion martha megan melanie meredith miriam molly nadine
naomi nora olivia pamela patricia paula penelope phoebe phyllis polly priti rita roberta rose
rosemary roxanne sally samantha shannon sheila shirley sian siobhan sophia stella susanna suzanne
sylvia tamara tanya teresa tessa tina tracey tracy valerie vanessa vera veronica vicky violet
virginia wendy yvonne zoe zoë
angelika anke annika antje birgit brigitte britta christiane claudia cornelia doris elke erika
franziska gabriele gudrun heike helga ilse ingrid irmgard jutta karin katja kerstin lena lisa
manuela marlene monika nicole petra renate sabine sandra silke simone susanne svenja tanja ute
ulrike ursula veronika wiebke
agnieszka alicja anastasia anna-maria barbora beata dorota ekaterina elżbieta irina jana
jelena katarzyna kateryna ksenia ludmila lyudmila magdalena małgorzata maria-elena marta
milena nadezhda natalya oksana olena svetlana tatyana valentina yelena yulia zuzana ivana
ana mirjana dragana snežana vesna ljiljana
agnetha annika astrid birgitta elin frida hanne ingeborg karin kristin liv malin marit mette
sigrid siri solveig ulla
alessandra antonella chiara daniela elisa federica giorgia  letizia lorena luisa
marcella marina mariana monica paola patrizia raffaella roberta sabrina serena silvia valeria
beatriz catalina consuelo dolores elena esperanza guadalupe inmaculada isabel josefa lourdes
luz marisol mercedes montserrat pilar raquel rocío soledad teresa ximena adriana alejandra
fernanda gabriela juliana luciana mariana renata camila daniela valentina
adjoa afia akosua ama abena esi efua aminatou awa binta bineta coumba dieynaba djeneba
fanta fatim fatimata hadja kadiatou kadidia kadiatou mariam maimouna mame ndèye ngozi chiamaka
chioma adaeze amaka ifeoma folake funmilayo yetunde bukola titilayo omolara wanjiru wambui
njeri akinyi achieng atieno auma wairimu nyokabi zodwa nomvula thandiwe nomsa lerato palesesa
nthabiseng nokuthula dineo refilwe kgomotso tsholofelo precious gift blessing patience
prudence charity comfort chipo rudo  
aïcha aicha asma dalila djamila farida fatiha hafsa hanane houda imane jamila karima khadija
latifa leila malika meriem nabila naima nawal nour rania salma samira sanaa soraya souad yasmina
yasmine zahra zineb zohra
aiko akiko yuki yoko keiko mei ling xiu ying priya anjali sunita lakshmi deepa kavita pooja
nirmala indira sonia
"""
_FIRST_M_MORE = """achille adrien albert alexis alfred alphonse ambroise amaury anatole antonin aristide
armand arnaud auguste augustin aurélien baptiste barthélemy basile benjamin bertrand boris
bastien brice charles-henri célestin césar clément corentin cyril cyrille damien
edmond édouard émile enzo ernest étienne eugène evan fabien fernand florent florian gaëtan
gaspard gautier georges ghislain grégoire grégory gustave hector honoré hubert jean-baptiste
jean-charles jean-christophe jean-jacques jean-louis jean-michel jean-noël jean-paul jean-philippe
jean-yves joël jonathan jordan-pierre josé joseph-marie kévin léo léon léonard loïc lucien
ludovic marcel marius martial maurice max mickaël mickael noël norbert octave 
pierre-alain pierre-henri pierre-louis quentin raoul raymond régis renaud rené 
roland romain rodolphe samuel sylvain théophile thibault thibaut tristan valentin valéry victor
vivien william yannick yann yoann
aaron adam adrian alan albert alec alexander alfred alistair andrew angus anthony archie arnold
arthur barry ben benjamin bernard bill billy bob bobby bradley brandon brendan brett bruce
callum calvin carl carlos cedric chad  chuck clarence clifford clive colin connor
craig curtis dale dan danny darren dave dean declan dennis derek desmond dominic doug douglas
duncan dylan earl eddie edgar elliot ethan eugene evan felix fergus francis fred freddie gareth
gavin geoffrey gerald gilbert glen glenn gordon graeme grant greg guy harold harry harvey hamish
henry herbert howard hugh ian isaac ivan jack jacob jake jamal jeff jeremy jerry jesse jim
jimmy joel johnny jon jonathan  josh joshua justin keith ken kenny kieran kirk kyle
lance lawrence lee leonard leo lewis liam lloyd louis luke malcolm marcus  matt
max melvin mervyn mike miles mitchell nathan neil nigel noah norman oliver oscar owen patrick
paul phil philip ralph randy ray reginald rex rhys ricky rob robbie rodney roger roland ross
roy rupert russell ryan sean seth shane simon stanley stuart ted terence terry theodore tim
toby todd tom tommy tony travis trevor troy tyler vernon victor vince wallace walter warren
wayne wesley will willie zach zachary
andreas bernd christian dieter florian frank friedrich fritz günter günther hans hans-peter
heiko heinz helmut horst jan joachim jörg jürgen karl karl-heinz klaus lars lothar ludwig lukas
manfred markus martin matthias maximilian norbert ralf reinhard rolf rüdiger sebastian siegfried
stefan steffen sven thorsten tobias torsten ueli ulrich urs uwe volker walter werner wolfgang
aleksander aleksandr alexei alexey andrei andrzej anton bogdan borys dmitri dmitry dusan dušan
dragan goran igor ivo jakub janusz jaroslav jerzy josip kazimierz konstantin krzysztof lech
leonid maciej marek mateusz mikhail milan milos miloš miroslav mykola nikolai nikola oleg
oleksandr pavel petar petr piotr radek radoslaw rafał roman ruslan sergei sergey slobodan
stanislav stepan taras tomasz vaclav václav viktor vitali vladislav wojciech yaroslav yevgeny
yuri zbigniew zoran zdeněk
anders arne bjørn björn erik espen finn fredrik gunnar hakon håkon henrik ingvar jonas jørgen
kjell knut lasse magnus mats mikael morten nils odd olav ole oskar per rasmus stig sven-erik
terje tor torbjørn trond ulf
alberto alessandro alfonso angelo antonio carlo claudio dario davide enrico fabio federico
francesco franco gianluca giacomo gianni giorgio giovanni giulio giuseppe guido lorenzo luca
luigi marcello marco mario massimo matteo maurizio michele nicolò paolo pietro riccardo
roberto salvatore sergio silvio stefano umberto vincenzo vittorio
alejandro álvaro andrés ángel diego eduardo emilio enrique esteban fernando francisco gonzalo
gustavo ignacio javier joaquín jorge juan julio  manuel miguel nicolás pablo pedro
rafael ramón ricardo rodrigo   vicente joão paulo luiz luís
abdel abdelaziz abdelkader abdallah abdou abdul abdullah abdulrahman adel ahmad ahmet akram
amine amir anouar ayman aziz bachir bilal djamel faisal farid fouad habib hakim hamid hassan
hicham hussein ismail issa jamal kamal khaled khalid lamine mahmoud malik mehdi mokhtar mounir
mustapha mustafa nabil nasser nordine   reda riad saïd said salah salim sami
samir sofiane sulaiman tarek tariq walid yacine yassine youcef yusuf zakaria
 adamou alassane alpha aliou babacar bakary  boubacar bouba daouda demba
djibril  idrissa  kalidou  malick  mamady moctar
 pape sadio saliou samba seydou sidiki souleymane tidiane yacouba youssouf
adebayo adewale babatunde chidi chinedu chukwuemeka emeka femi ifeanyi ikenna kayode kelechi
nnamdi obinna olumide oluwaseun segun tunde uche yemi goodluck muhammadu bola
kwabena kwadwo kwaku kwesi kojo    eliud uhuru raila  
        
   bongani lwazi mandla mthunzi siyabonga sibusiso themba
thulani vusi xolani zola tebogo kagiso lebogang mpho tshepo 
hiroshi kenji takashi akira haruki shinzo fumio  wei ming jun hao  raj rahul
rajesh sanjay suresh vijay arjun amit anil narendra manmohan
"""
_FIRST_NL = """f:femke f:sanne f:anouk f:lotte f:fleur f:marloes f:ilse f:eline f:mieke f:annemiek f:griet
f:liesbeth f:saskia f:wilma f:ineke f:joke f:marieke f:kim-lian m:henk m:pieter m:willem m:joost m:maarten
m:bram m:jeroen m:sander m:bart m:koen m:wouter m:ruud m:dirk-jan m:gert m:geert m:hendrik m:joris m:stijn
m:wim m:kees m:mark-jan m:sipke m:sizwe m:lungile m:musa m:bheki m:jabulani m:senzo m:andile m:lindani
f:nompumelelo f:khanyi f:ayanda-mae
f:josée m:yvan m:yvon m:yvonnick m:marc-henri m:jean-marc m:jean-luc m:pierre-yves m:jean-daniel f:marie-claude f:marie-france f:anne-marie f:marie-laure f:marie-hélène f:ginette f:manon f:lise f:france m:réjean m:gaétan m:ghislain m:bertin m:sifiso m:themba m:mandla f:zanele f:thandeka f:hanna f:karine f:laure f:laurène f:gaëlle f:maëva f:aurore f:elsa f:flora f:clara f:léna f:lina f:mila f:jade
f:ambre f:romane f:lola f:nina f:eva f:louane f:maëlys f:clémentine f:apolline f:constance f:ségolène
f:prisca f:rokia f:oumou f:kadi f:nafissatou f:ramatoulaye f:seynabou f:astou f:rama f:sokhna
m:kylian m:mathis m:ethan m:timéo m:killian m:yanis m:rayan m:axel m:gaël m:erwan m:titouan m:ewan
m:maël m:nolan m:jérémy m:steve m:jimmy-lee m:mohamed-ali m:ismaël m:souleymane m:aliou m:cheick
m:fidèle m:prosper m:exaucé m:innocent m:aimé f:espérance f:nesrine m:tovo m:réal m:tomas m:tomás m:tomasz m:oumar m:sékou m:lassana m:mamadi m:siaka m:drissa m:adama m:pape m:serigne m:ousseynou"""
# More given names seen in international and francophone copy (sex as most commonly borne).
_FIRST_WORLD = """m:mathias m:matthias m:tobias m:elias m:jonas m:lucas m:noah m:enzo m:timothée m:gaëtan
m:maxence m:ilyes m:adam m:amine m:bilal m:hamza m:anicet m:ibrahima m:modou m:babacar m:boubacar
m:idrissa m:moustapha m:malick m:kwame m:kofi m:yaw m:obinna m:sipho m:thabo m:tshepo m:jabu m:juma
m:baraka m:kipchoge m:hakim m:karim m:mehdi
m:sofiane m:nabil m:rachid m:samir m:farid m:walid m:khalid m:tariq m:omar m:hassan m:hussein m:ali
m:reza m:arash m:dmitri m:sergei m:igor m:oleksandr m:volodymyr m:andriy m:bogdan m:piotr m:krzysztof
m:jakub m:lukas m:florian m:sebastian m:stefan m:jürgen m:klaus m:dieter m:matteo m:giovanni m:giuseppe
m:alessandro m:lorenzo m:javier m:alejandro m:diego m:pablo m:jorge m:rodrigo m:joão m:tiago m:rui
m:declan m:cillian m:seamus m:callum m:hamish m:alistair m:rhys m:dylan m:liam m:connor m:kieran
m:darren m:wayne m:gareth m:craig m:dean m:shane m:brendan m:aidan m:tyler m:brandon m:kyle m:travis
m:dale m:brett m:troy m:darnell m:jamal m:deshawn m:marcus m:malik m:raj m:vikram m:ravi m:arun
m:prakash m:siddharth m:hiroshi m:takeshi m:kenta m:minh m:tuan
f:kerry f:aisha f:aïcha f:fatoumata f:mariama f:ndèye f:adja f:khady f:awa f:aminata f:kadiatou
f:grace f:nomvula f:lindiwe f:thandiwe f:zodwa f:palesa
f:ngozi f:chioma f:adaeze f:funmilayo f:folake f:yetunde f:abena f:akosua f:efua f:ama f:adjoa
f:leila f:leïla f:yasmina f:yasmine f:nour f:samira f:amina f:karima f:nadia f:soraya f:malika
f:olga f:irina f:natalia f:oksana f:svetlana f:agnieszka f:katarzyna f:magdalena f:ingrid f:birgit
f:francesca f:giulia f:chiara f:lucía f:carmen f:pilar f:inês f:aoife f:siobhan f:niamh f:saoirse
f:sinead f:kirsty f:morag f:fiona f:gemma f:leanne f:kayleigh f:shannon f:tanya f:tamsin f:bronwyn
f:kylie f:sharon f:tracey f:tracy f:stacey f:brittany f:ashley f:kimberly f:latoya f:shanice
f:priya f:anjali f:deepika f:sunita f:kavita f:lakshmi f:meena f:yuki f:keiko
f:linh f:huong f:annabel f:imogen f:harriet f:philippa f:georgina f:felicity f:rosalind f:geneviève
f:raymonde f:ginette f:huguette f:josiane f:jocelyne f:maryse f:mireille f:odile f:solange f:suzanne"""
for _item in _FIRST_WORLD.split():
    _g, _n = _item.split(":")
    if "-" not in _n:
        FIRST_NAMES.setdefault(fold(_n), _g)  # type: ignore[arg-type]
for _item in _FIRST_NL.split():
    _g, _n = _item.split(":")
    if "-" not in _n:
        FIRST_NAMES.setdefault(fold(_n), _g)  # type: ignore[arg-type]
_FIRST_EITHER = """dominique camille claude sacha alix charlie sam alex kim robin jordan morgan taylor
jamie chris pat leslie andrea nicola eden noa yael  ange sasha jody jo frankie
 loïs lou  amani imani nyasha tendai tinashe   
""" 
for _n in _FIRST_F_MORE.split():
    FIRST_NAMES.setdefault(fold(_n), "f")
for _n in _FIRST_M_MORE.split():
    FIRST_NAMES.setdefault(fold(_n), "m")
# Levantine and Maghrebi given names common in francophone copy
_FIRST_LEVANT = """m:abou m:élie m:ziad m:fadi m:rami m:maroun m:chadi m:samer m:hani m:wissam m:charbel
m:tony m:raed m:bassam m:khalil m:nassim m:imad m:salim m:ghassan m:wael m:issam m:ramzi m:nizar m:marwan
m:rabih m:riad m:toufic m:fouad m:ayman m:mazen m:jad m:ziyad m:hadi m:nabih m:sleiman m:akram m:hicham
m:mourad m:nordine m:farid m:rachid m:kamel m:lotfi m:mehdi m:yacine m:sofiane m:anis m:hamza
f:rima f:layla f:hiba f:rola f:lina f:dima f:nada f:mona f:ghada f:rana f:randa f:nisrine f:zeina
f:joumana f:hala f:reem f:dalia f:sawsan f:nayla f:yara f:rasha f:maha f:souad f:houda f:najat f:siham
f:wafa f:asma f:ines f:meriem f:khadija f:zineb f:hind f:lamia f:samia f:nawal f:latifa f:habiba
m:kobe m:wout m:jef m:joren m:lander m:seppe m:tibo m:wannes m:jelle m:ruben m:warre m:senne m:jonas
f:lien f:fien f:nele f:jolien f:sien f:lore f:marthe f:febe f:jana f:lieselot
m:sheldon m:dwayne m:marlon m:winston m:clifton m:delroy m:leroy m:tyrone m:duane m:floyd m:alvin m:marvin
m:elvin m:irvin m:ervin f:loretta f:maureen f:noreen f:doreen f:marjorie f:mildred f:ethel f:edna f:thelma
f:velma f:norma f:bernice f:eunice f:candice
m:tane m:wiremu m:hemi m:rawiri m:tama m:nikau m:rangi m:tipene m:hone f:mereana f:aroha f:ngaire f:moana
f:hine f:marama f:anahera f:kiri f:huia f:hana"""
# West African given names (Burkina Faso, Niger, Mali, Senegal, Côte d'Ivoire); not the Akan day
# names (Kouassi, Yao, Konan, Kouamé), which are as often surnames
_FIRST_SAHEL = """m:moumouni m:issaka m:boukary m:ousséni m:salif m:hamidou m:lassina m:inoussa m:harouna
m:dramane m:oumarou m:tiémoko m:karamoko m:issouf m:hamado m:noufou m:rasmané m:adama m:souleymane
f:salamata f:rasmata f:bintou f:ramata f:adjara f:assétou f:mamounata f:zénabou f:zeinabou f:hadiza
f:haoua f:aïssata f:korotoumou f:adjoua f:akissi f:amenan f:affoué f:alimata f:fatimata f:safiatou
m:lamoussa"""
for _item in (_FIRST_LEVANT + " " + _FIRST_SAHEL).split():
    _g, _n = _item.split(":")
    FIRST_NAMES.setdefault(fold(_n), _g)  # type: ignore[arg-type]
for _n in _FIRST_EITHER.split():
    FIRST_NAMES[fold(_n)] = None  # type: ignore[assignment]  # a given name of either sex
FIRST_NAMES.pop("novak", None)  # a surname ("Novak Djokovic" aside)

# Capitalised words that are not names when they start a sentence or a title.
FUNCTION_WORDS = frozenset(fold(w) for w in """
le la les l un une des du de d au aux ce cet cette ces son sa ses leur leurs mon ma mes notre
nos votre vos il elle ils elles on nous vous je j tu c ça cela ceci qui que qu quoi dont où
et ou mais donc or ni car si selon par pour pendant depuis après avant dès lors quand comme
puis ainsi alors enfin ensuite aussi même tout tous toute toutes chaque aucun aucune plusieurs
certains certaines voilà voici juste faute grâce malgré sans sous sur dans entre vers chez
contre jusqu oui non the a an this that these those he she it they we you i his her its their
our my your and or but so if when while after before since during according as at by for from
in into of on to with without about over under again also then there here what which who whom
whose why how all each every some many much more most other such no not only own same than too
very just meanwhile update remarks here however yet still even though although because photo
image crédit credit source lire read voir see avec parmi envers outre via among against towards toward across
à surnommé surnommée surnommés
l' d' j' m' n' s' t' c' qu' jusqu' lorsqu' puisqu' presqu'
later earlier now yesterday today tomorrow tonight instead afterwards previously soon recently
finally first last next once twice besides likewise nevertheless nonetheless otherwise indeed
hier demain désormais ensuite enfin alors déjà encore pourtant cependant toutefois néanmoins
bref outre auparavant aussitôt ailleurs certes surtout d'abord puis ici là-bas
""".split())

MONTHS_DAYS = frozenset(fold(w) for w in """
janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi
mardi mercredi jeudi vendredi samedi dimanche january february march april may june july
august september october november december monday tuesday wednesday thursday friday saturday
sunday noël christmas pâques easter aujourd'hui aujourd’hui hier demain today yesterday tomorrow""".split())

# Words that may sit between a reporting verb and its post-posed subject.
SKIP_ADVERBS = frozenset(fold(w) for w in """
a ont avait avaient aura aurait auraient est sont était s'est se lui leur encore aussi également
ainsi alors enfin ensuite d'abord déjà notamment hier aujourd'hui ce matin soir midi lundi mardi
mercredi jeudi vendredi samedi dimanche plus tard tard tôt ensuite très vite calmement
simplement clairement dernièrement récemment pourtant toutefois cependant néanmoins ici
also then later has had have was were is just further previously again today yesterday earlier
later tonight recently once simply quickly
aussitôt immédiatement aussi sèchement fermement sobrement prudemment volontiers franchement
visiblement longuement brièvement doucement même bien mieux plutôt sûrement immediately promptly
""".split())

# Words that end a post-posed subject noun phrase ("…, a dit X lors de…").
NP_STOP = frozenset(fold(w) for w in """
à lors dans sur au aux en avec pour après avant depuis devant pendant qui que dont où lorsqu
quand car mais et alors tandis selon sans contre chez vers par comme
in on at to during after before while when who which that as with from for by about into
and but because than via
""".split())
