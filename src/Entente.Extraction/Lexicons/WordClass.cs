namespace Entente.Extraction.Lexicons;

/// <summary>
/// A grammatical class of English words that extraction reads sentences with: articles, prepositions, auxiliaries,
/// adverbs a search skips. A closed set, so code names a class and never a word; lexicons/word-classes.tsv says which
/// words fall in each. Two places that skip different words keep two classes, each named for what it skips.
/// </summary>
public enum WordClass : ushort
{
    /// <summary>the, a, an.</summary>
    Article,
    /// <summary>Articles and the possessives that stand where they do: the, a, an, its, their.</summary>
    Determiner,
    /// <summary>and, or.</summary>
    Coordinator,
    /// <summary>The prepositions that can govern an actor's mention.</summary>
    Preposition,
    /// <summary>What may stand between a preposition and its argument: "to all the", "of their".</summary>
    DeterminerBeforeArgument,
    /// <summary>What may stand between "blamed" and the accused: "blamed two firms".</summary>
    DeterminerBeforeAccused,
    /// <summary>What may stand between an actor modifier and a relation noun after a determiner: "the", "its", "'s".</summary>
    DeterminerBeforeModifiedNoun,
    /// <summary>its, their, his, her, our: a pronoun mention that is a possessive is no object.</summary>
    PossessivePronoun,
    /// <summary>Heads of an amount: "thousands of", "a contingent of".</summary>
    AmountHead,
    /// <summary>The verbs of blame and penalty whose object is the actor of the next verb.</summary>
    AccusationVerb,
    /// <summary>Finite verbs and auxiliaries: a clause has begun when one follows its subject.</summary>
    FiniteVerb,
    /// <summary>The forms of "be" and "get" a passive participle follows.</summary>
    PassiveAuxiliary,
    /// <summary>Past participles not in "-ed" that a passive can have.</summary>
    IrregularParticiple,
    /// <summary>Auxiliaries and adverbs between materiel and the participle it is the subject of: "the weapons are being sent".</summary>
    AuxiliaryBeforeParticiple,
    /// <summary>Adverbs between a passive auxiliary and its participle: "were also supplied", "was reportedly sent".</summary>
    PassiveAdverb,
    /// <summary>Adverbs between a subject and its verb: "Russia also supplied", "Iran is still funding".</summary>
    ClauseAdverb,
    /// <summary>Any word in "-ly": the adverbs between a new clause's subject and its verb.</summary>
    LyAdverb,
    /// <summary>Adverbs, "been" and aspect verbs between an auxiliary and the verb whose tense it gives: "had long been supplying".</summary>
    AdverbBeforeVerb,
    /// <summary>Adverbs between a present "be" and what it tells: "is also conducting".</summary>
    AdverbAfterBe,
    /// <summary>Adverbs between a subject and its present verb: "Iran still arms".</summary>
    AdverbAfterSubject,
    /// <summary>currently, now, presently: a present "be" with one tells what is going on.</summary>
    NowAdverb,
    /// <summary>Modal auxiliaries: "will supply" is future.</summary>
    Modal,
    /// <summary>The auxiliaries that carry a clause's tense: had, has, is, was, did …</summary>
    TenseAuxiliary,
    /// <summary>is, are, am: before "-ing", a present progressive.</summary>
    PresentBe,
    /// <summary>Pronouns and relative words a present verb can follow as its subject: "it backs", "which arms".</summary>
    SubjectPronoun,
    /// <summary>Words before a speech verb that make it a noun: "the claims", "earlier reports".</summary>
    DeterminerBeforeSpeechNoun,
    /// <summary>Words after a speech verb that start its clause: "claims that", "claims they …".</summary>
    ClauseStartAfterSpeech,
    /// <summary>"that" and a plain quote: what a report's content opens with.</summary>
    ThatOrQuote,
    /// <summary>Documents whose findings a verb reports: "the panel's report revealed …".</summary>
    DocumentNoun,
    /// <summary>Time words that need no publication date to be one: "over the weekend", "on Monday".</summary>
    UndatedTimeWord,
    /// <summary>The words before such a time word: "over the", "late on".</summary>
    TimeWordOpener,
    /// <summary>Words that open a speaker's circumstance between a speech verb and its "that": "said during a visit …".</summary>
    CircumstanceOpener,
    /// <summary>Punctuation and verbs that end the search for that "that": the circumstance was the content.</summary>
    CircumstanceEnd,
    /// <summary>not, n't, never, no: a negated speech verb reports nothing.</summary>
    Negator,
    /// <summary>million, billion …: a number word before a money noun makes a sum.</summary>
    NumberWord,
    /// <summary>Words that end the object phrase a theme noun may stand in: "to", "according", a comma.</summary>
    ThemeEnd,
    /// <summary>that, which: materiel before one of them and a clause's subject is its antecedent, as it is before one and
    /// a use ("drones, which have been used to strike").</summary>
    MaterielRelativeWord,
    /// <summary>Prepositions that end the search for an actor modifying a noun: "shipments to", "of".</summary>
    ModifierSearchEnd,
    /// <summary>Prepositions a place in a region is said to be at: "in", "inside", "at", "into".</summary>
    PlacePreposition,
    /// <summary>Prepositions whose actor is never a verb's object: "from", "by", "against", "despite", "than".</summary>
    NonObjectPreposition,
    /// <summary>Nouns a participle trigger after an article modifies rather than acts on: "a small armed group", "the trained forces".</summary>
    AttributiveHead,
    /// <summary>Nouns of helping after "with the … of X" or "with X's …": "with the help of Iran", "with Russian backing".</summary>
    HelpNoun,
    /// <summary>Endings of adjectives and adverbs that may stand between an article and a participle: "a small armed group", "heavily".</summary>
    AdjectiveEnding,
    /// <summary>People who are neither visitors of state nor forces: "hosted Syrian refugees", "welcomed Afghan students".</summary>
    PopulationNoun,
    /// <summary>Words that open a clause standing for a noun: "shield what it describes as friendly militias".</summary>
    FreeRelative,
    /// <summary>Verbs of ceasing after "urged X to": "to stop arming", which says the arming goes on.</summary>
    CeasingVerb,
    /// <summary>Verbs of demanding before the actor asked to act: "pressed Serbia to cut ties", "called on Iran to".</summary>
    DemandVerb,
    /// <summary>Prepositions a presence's place follows: "in", "inside", "at".</summary>
    PresencePreposition,
    /// <summary>Words before a receiving verb that make it a noun: "the planned purchase", "any further imports".</summary>
    DeterminerBeforeReceiveNoun,
    /// <summary>Words before "help" or "support" that make it a noun naming no helper: "for help", "military support".</summary>
    DeterminerBeforeHelpNoun,
    /// <summary>Verbs after "help (to)" that make it help with an act, not help someone: "help stabilise".</summary>
    VerbAfterHelp,
    /// <summary>Prepositions a symmetric trigger phrase can end in, its partner following: "cooperate with".</summary>
    PartnerPreposition,
    /// <summary>each, one: the first word of "each other", "one another".</summary>
    ReciprocalFirst,
    /// <summary>other, another: the second word of "each other", "one another".</summary>
    ReciprocalSecond,
    /// <summary>Nouns that make a collective mention a regime: "the regime", "the junta".</summary>
    RegimeNoun,
    /// <summary>Verbs and nouns of denial: "denied", "rejects", "denials".</summary>
    DenialWord,
    /// <summary>What a denial can point back with: the report, the allegations, this, any involvement.</summary>
    DeniedThing,
    /// <summary>What may stand between a denial and what it points back with: "denied the western media reports".</summary>
    DeterminerBeforeDeniedThing,
    /// <summary>that, it: after a denial, what a clause may follow ("denied that it had …").</summary>
    ThatOrIt,
    /// <summary>Words that open the clause after "denied that" or "denied it": "denied it had …".</summary>
    ClauseStartAfterDenial,
    /// <summary>Nouns a denial can follow: "an allegation Moscow denies", "which Iran denied".</summary>
    DeniedBefore,
    /// <summary>denial, denials: the noun of a denial points back to claims in its own sentence.</summary>
    DenialNoun,
    /// <summary>Nouns that name an accusation or report: "the accusations", "reports that …".</summary>
    AccusationNoun,
    /// <summary>report, reports: what they name is reported, not alleged.</summary>
    ReportNoun,
    /// <summary>Words that say a claim is untrue: "called the accusations baseless".</summary>
    UntrueWord,
    /// <summary>despite, notwithstanding: a denial conceded before what it denies.</summary>
    Concessive,
    /// <summary>by, from: the denier after a denial ("denied by Baku", "denials from Pyongyang").</summary>
    AgentPreposition,
    /// <summary>Forms of "be" and "say" that stand between a denier far back and its denial.</summary>
    BeOrSay,
    /// <summary>What a clause's actors and a joint act may have between them: auxiliaries, adverbs and the light verbs of "conducted joint patrols".</summary>
    JointActFiller,
    /// <summary>The words that end a noun phrase an unknown object stands in: punctuation, prepositions, conjunctions.</summary>
    PhraseEnd,
    /// <summary>Words after a comma that open a clause of their own: ", which", ", but".</summary>
    ClauseOpener,
    /// <summary>Words after ", and" that open a clause rather than end a list: ", and there", ", and in".</summary>
    ClauseStartAfterAnd,
    /// <summary>Words that start a relative clause after a comma: ", which", ", who".</summary>
    RelativeWord,
    /// <summary>Words that start a relative clause whose own subject ends an object phrase: "the air defences that Moscow sold".</summary>
    ObjectRelativeWord,
    /// <summary>Words that end a listing verb's list of targets: an adverbial's preposition ("on Tuesday", "for supplying"),
    /// a relative or a conjunction that opens a clause.</summary>
    ListEnd,
    /// <summary>Words that open a relative clause a report may stand in; a speaker's clause that starts with one is no inverted report: which, who, whom, that, where.</summary>
    ReportRelativeWord,
    /// <summary>Participles that go on to report what the subject says: "…, stating that …".</summary>
    ReportingParticiple,
    /// <summary>The reporting participles that allege what they report: "alleging", "claiming".</summary>
    AllegingParticiple,
    /// <summary>Verbs of "what X called …": the words a speaker's naming covers are attributed.</summary>
    NamingVerb,
    /// <summary>Participles after a comma that go on with a report past its speaker: "…, adding that …".</summary>
    GoingOnParticiple,
    /// <summary>Verbs of a second report after a circumstance: "…, four people close to the talks said".</summary>
    SecondReportVerb,
    /// <summary>Auxiliaries that start a clause of its own after a speaker's verb, so what follows is no circumstance.</summary>
    ClauseAuxiliary,
    /// <summary>What a reported content starts after, past the speaker's circumstance: "that", a colon.</summary>
    ContentOpener,
    /// <summary>Pronouns that speak: "he said".</summary>
    SpeakerPronoun,
    /// <summary>Words that cannot end a speaker's noun phrase: a verb after them belongs to something else.</summary>
    NotSpeakerHead,
    /// <summary>Auxiliaries and adverbs between a speaker and its verb: "has also said", "later told".</summary>
    SpeakerVerbGap,
    /// <summary>The prepositions of a time between a speaker and its verb: "Hezbollah on Saturday said".</summary>
    SpeakerTimePreposition,
    /// <summary>Determiners after "according to" before what names a document's content: "according to the terms".</summary>
    NonSourceDeterminer,
    /// <summary>What "according to" can name that cites no source: "according to the terms of the contract".</summary>
    NonSourceNoun,
    /// <summary>Irregular past forms of verbs that report acts; regular ones end in -ed.</summary>
    IrregularPast,
    /// <summary>has, have: a bare one is present perfect.</summary>
    PresentHave,
    /// <summary>was, were, did: a bare one is past.</summary>
    PastAuxiliary,
    /// <summary>Words that mark a fact as old or lasting: "previously supplied", "has long armed".</summary>
    BackgroundMarker,
    /// <summary>What "for" makes a lasting fact of: "for years", "for decades".</summary>
    LongSpan,
    /// <summary>Words after a negation cue that make it negate nothing: "not only", "no fewer than", "no doubt".</summary>
    NegationUndoer,
    /// <summary>Words that open a subordinate clause, outside the main clause's hedge: "since", "because", "when".</summary>
    Subordinator,
    /// <summary>the, a (without "an"): the articles a few searches step back over before a mention.</summary>
    TheOrA,
    /// <summary>What an actor has rather than is: "Iran's drone industry"; a name before one only modifies it.</summary>
    PossessionNoun,
    /// <summary>Prepositions that end the search after a possessive for the actor it modifies: "Al-Qaeda's Al-Shabaab".</summary>
    PossessedSearchEnd,
    /// <summary>Suffixes after a demonym that name where materiel comes from: "Iranian-made", "Chinese-built".</summary>
    MadeSuffix,
    /// <summary>What belongs to an actor and stands for it as a target: "struck Houthi targets", "Iranian nuclear facilities".</summary>
    TargetNoun,
    /// <summary>Words between a demonym and a target noun: "Iranian nuclear facilities".</summary>
    TargetNounModifier,
    /// <summary>Vessels, targets only as a singled-out object: "attacked a British tanker".</summary>
    VesselNoun,
    /// <summary>Words before a name that make it the origin of the materiel after it: "of Iranian drones", "the Russian missiles".</summary>
    DeterminerBeforeOrigin,
    /// <summary>Verbs of giving before "the"/"a" and a name: "supply the Russian …" names an object, not an origin.</summary>
    GivingVerbBeforeMateriel,
    /// <summary>Verbs of giving right before a name, which is then their object: "gave Iran support".</summary>
    GivingVerbBeforeName,
    /// <summary>Nouns that say what the name after them is: "the firm", "mining company", "news agency".</summary>
    NameDescriptor,
    /// <summary>Words that end the modifiers before a name's descriptor, or open an apposition after it: "the", "its", "another".</summary>
    DescriptorStop,
    /// <summary>Modifiers that make a described body an armed group: "rebel", "militant", "paramilitary".</summary>
    ArmedModifier,
    /// <summary>Prepositions that make an unknown name after them a place: "in Goma", "near the Qandil".</summary>
    NamePlacePreposition,
    /// <summary>Words that end an apposition's head search: a relative, or a participle of ownership ("owned", "based").</summary>
    AppositionRelativeWord,
    /// <summary>Punctuation that ends an apposition.</summary>
    AppositionEnd,
    /// <summary>Titles that do not make their holder speak for a state: soldiers and leaders of any body.</summary>
    NonStateTitle,
    /// <summary>Lower-case words that make a group noun a collective: "jihadist insurgents", "armed groups".</summary>
    CollectiveModifier,
    /// <summary>Words that open a place's name: "Jurf al-Saqr", "Bandar Abbas", "Cape Town".</summary>
    PlaceNameOpener,
    /// <summary>Arabic words for a fighting unit that open an armed group's name: "Liwa Zainabiyoun", "Jaish al-Adl".</summary>
    ArmedNameOpener,
    /// <summary>Legal-form words a company's id leaves out: "Co.", "Ltd", "LLC", "GmbH".</summary>
    LegalForm,
    /// <summary>Head words in lower case right after a name that belong to it: "the Maute group", "Meroe Gold company".</summary>
    TrailingNameHead,
    /// <summary>The last word of a state's military's name: "the Sudanese Armed Forces", "the Libyan National Army".</summary>
    NationalMilitaryHead,
    /// <summary>Words that make a name a government office, which speaks for its state: "Ministry of Mines".</summary>
    GovernmentOfficeWord,
    /// <summary>Words that make a run of actors a list rather than appositions: "and", "both", "as well as".</summary>
    ListJoiner,
    /// <summary>What may stand between the actors of a list: "Russia, China and Iran", "both China and Russia", "as well as".</summary>
    ListConnector,
    /// <summary>Prepositions of a sentence-initial phrase that is not part of the list after it: "In Syria, Russia and Iran …".</summary>
    FrontedPhrasePreposition,
    /// <summary>he, she: a pronoun joined to a name by a bare "and" ("He and Kim Jong Un").</summary>
    PersonalPronoun,
    /// <summary>in, of: "the junta in Myanmar", "the regime of Nicolas Maduro".</summary>
    RegimePreposition,
    /// <summary>Nouns of a regime phrase that names the regime of the actor after it: "the government in Damascus".</summary>
    RegimePhraseNoun,
    /// <summary>Nouns of membership: "NATO member Turkey".</summary>
    MemberNoun,
    /// <summary>Words after "member" that belong to the noun: "member state".</summary>
    MemberTail,
    /// <summary>Qualifiers before a membership noun: "newest member", "full membership".</summary>
    MemberQualifier,
    /// <summary>Verbs after "members" that list them: "its members are …", "the members include …".</summary>
    MemberListVerb,
    /// <summary>Verbs of joining an organization: "Iran joined the SCO".</summary>
    JoinVerb,
    /// <summary>Nouns of entry into an organization: "Sweden's accession to NATO".</summary>
    AccessionNoun,
    /// <summary>Verbs by which an organization names its members: "the CSTO groups Russia, Armenia and Belarus".</summary>
    GroupingVerb,
    /// <summary>What may stand between a listing word and the members it lists: "include: A", "are now A".</summary>
    MemberListOpener,
    /// <summary>What may stand between an organization and its grouping verb: "the bloc, which now includes".</summary>
    GroupingVerbGap,
    /// <summary>Linking verbs that make a role or a membership a predicate of the clause's subject: "CAR became a Russian colony".</summary>
    Copula,
    /// <summary>Nouns of pressure a "despite" concedes or a verb of bearing takes: "despite US pressure", "drew criticism from".</summary>
    PressureNoun,
    /// <summary>Verbs whose subject bears the pressure noun after them: "drew criticism from", "faced opposition from" (BornePressureRule).</summary>
    PressureBearingVerb,
    /// <summary>Forms of "hold" before the one held to account: "will hold Minsk accountable", "holding X to account".</summary>
    HoldVerb,
    /// <summary>Nouns of a visit after a possessive visitor: "Putin's visit to", "Kim's trip".</summary>
    VisitNoun,
    /// <summary>Words between a possessive and its visit noun: "Putin's first visit".</summary>
    VisitOrdinal,
    /// <summary>Words before the host state after a visit noun: "visit to Iran", "the trip was in Pyongyang".</summary>
    HostPrecedent,
    /// <summary>Heads of a joint act: "joint exercises", "joint patrols", "joint manoeuvres".</summary>
    JointActHead,
    /// <summary>Words between a possessor and a role noun that part them: "Iran's support to the proxy".</summary>
    RoleOwnerBreak,
    /// <summary>Nouns after a role noun that belong to it: "client regime", "proxy states".</summary>
    RoleRegimeNoun,
    /// <summary>Compound suffixes that make the name before them a backer: "Iran-backed", "Russian-sponsored".</summary>
    BackedSuffix,
    /// <summary>Compound suffixes that make the name before them a patron: "Moscow-aligned", "Iran-allied".</summary>
    AlignedSuffix,
    /// <summary>Suffixes of a compound that lists its head under sanctions (CompoundRule): "U.S.-designated", "EU-listed".</summary>
    ListedSuffix,
    /// <summary>Trigger words that are nouns as often as verbs ("press"): read as the verb only right before its object (DirectedFrame).</summary>
    NounOrVerbTrigger,
    /// <summary>Sites and facilities an attack on which strikes the owner its adjective names (DirectedFrame): "the Iranian consulate".</summary>
    StruckSiteNoun,
    /// <summary>Nouns of a military base one state keeps in another (BaseInRule): "base", "airbase".</summary>
    /// <summary>Verbs of having help one was given (WithHelpRule): "enjoys the backing of the UAE".</summary>
    EnjoyVerb,
    /// <summary>Verbs of letting someone act (BasingFrame): the object uses the subject's land in "allowed Russia to use its territory".</summary>
    PermitVerb,
    BaseNoun,
    /// <summary>Verbs whose subject has or builds the base after them (BaseInRule): "has", "maintains", "set up".</summary>
    BaseHavingVerb,
    /// <summary>Words that end the search for the actor a "-backed" compound modifies.</summary>
    BackedActorStop,
    /// <summary>Nouns after an "-aligned" compound that stand for the state before it: "the Moscow-aligned junta".</summary>
    ClientRegimeNoun,
    /// <summary>Irregular participles that open a reduced relative clause: "Burkina Faso, sold drones by Turkey, …".</summary>
    ReducedParticiple,
    /// <summary>Words before a trigger with a nominal and a verbal reading that make it a noun: "the supply", "military aid".</summary>
    TriggerNounContext,
    /// <summary>Heads that make a bare trigger word before them a mere modifier: "a naval supply point", "export controls".</summary>
    ModifiedHead,
    /// <summary>of, for: a gerund after one is still a verb ("accused of helping Russia").</summary>
    GerundPreposition,
    /// <summary>Words of a base in a basing phrase: "naval base", "airfields", "its territory".</summary>
    BaseWord,
    /// <summary>
    /// Nouns that name an aircraft's role and, as plain nouns, people too: after a type of materiel they head its phrase
    /// and name the aircraft ("Su-35 fighters", "Yak-130 jet trainers"), not personnel sent with it.
    /// </summary>
    AircraftRoleNoun,
    /// <summary>Nouns of an agreement that a symmetric phrase may name: "signed a deal", "the accord".</summary>
    AgreementNoun,
    /// <summary>Words before a trigger that the relation model reads as making it a noun.</summary>
    PairNounContext,
    /// <summary>Signs and words of a sum of money in a sentence: "$", "million", "rubles".</summary>
    MoneyWord,
    /// <summary>What alone between two mentions makes them coordinated for the relation model: "Russia and Iran", "both".</summary>
    PairJoiner,
    /// <summary>the, both: what the relation model steps back over before a pair to find "between" or "among".</summary>
    TheOrBoth,
    /// <summary>between, among: a pair after one is said to relate to each other.</summary>
    BetweenOrAmong,
    /// <summary>Every pronoun coreference resolves: it, its, they, them, he, she, we, us ….</summary>
    CoreferencePronoun,
    /// <summary>Modifiers between a possessive state and its regime noun: "Myanmar's military regime", "Mali's ruling junta".</summary>
    RegimeModifier,
    /// <summary>Prepositions before an actor that keep it from being the clause subject a definite reference is not: "in Mali, where the junta …".</summary>
    GoverningPreposition,
    /// <summary>Words after an object "it" that a clause after them fills: "made it clear that", "makes it harder to".</summary>
    ObjectExpletiveWord,
    /// <summary>Verbs after an "it" that may point at nothing: "it is likely that", "it seems".</summary>
    ExpletiveVerb,
    /// <summary>Words after "it is …" that show the "it" points at nothing: "it was no surprise when", "it is likely that".</summary>
    ExpletiveClauseWord,
    /// <summary>Expletive verbs that are auxiliaries: after them only a copula keeps "it" pointing at nothing ("it has been clear that"; "it had sent missiles to" has a subject).</summary>
    ExpletiveAuxiliary,
    /// <summary>Copulas after an auxiliary that keep an "it" expletive: "it will be hard to", "it has become clear that".</summary>
    ExpletiveCopula,
    /// <summary>Words after which a pronoun starts a clause and is its subject: "…, and it trades …", "because they …".</summary>
    SubjectClauseOpener,
    /// <summary>them, him: plain object pronouns, never their own clause's subject.</summary>
    ObjectPronoun,
    /// <summary>Finite verbs after a pronoun that make it their subject: "said it may buy", "warned it would".</summary>
    SubjectVerbAfterPronoun,
    /// <summary>Prepositions before an actor that keep it from being the subject an object pronoun cannot name.</summary>
    NonSubjectPreposition,
    /// <summary>What may join the coordinated subjects of a clause: "Russia and Iran", "both".</summary>
    SubjectJoiner,
    /// <summary>Cargo nouns a definite phrase points back to the materiel of an earlier sentence with: "the cargo", "this shipment".</summary>
    CargoNoun,
    /// <summary>Determiners of such a phrase: "the", "this", "those".</summary>
    CargoDeterminer,
    /// <summary>Words a time expression can begin with, apart from digits, months, "mid-…" compounds, event names and relative times.</summary>
    TimeFirstWord,
    /// <summary>between, from: the first word of a range of dates ("between 2014 and 2016").</summary>
    RangeOpener,
    /// <summary>What joins the two ends of a range of dates: "and", "to", "until", a dash.</summary>
    RangeJoiner,
    /// <summary>Prepositions before a named event that the time expression takes in: "during the Arab Spring".</summary>
    EventPreposition,
    /// <summary>Determiners before a bare year that make it modify the noun after it: "the 1974 disengagement line".</summary>
    DeterminerBeforeYear,
    /// <summary>Words before a month without a year that make it a time: "in October", "last March", "early June".</summary>
    MonthPreposition,
    /// <summary>Parts of a year, month or decade: "early 2020", "mid-March", "the late 1990s".</summary>
    CalendarPart,
    /// <summary>Words that can open a relative time expression (prepositions and articles left out, since nearly every sentence has them).</summary>
    RelativeTimeFirstWord,
    /// <summary>Units of time an article opens a relative expression before: "a year ago".</summary>
    TimeUnit,
    /// <summary>a, an: an article that opens a relative time only before a unit ("a year ago"), and no count after "past" or "last".</summary>
    IndefiniteArticle,
    /// <summary>Prepositions a relative time expression may start with: "in recent weeks", "on Thursday".</summary>
    RelativeTimePreposition,
    /// <summary>Words after "the" that open a relative time: "the past week", "the weekend".</summary>
    PastOrWeekend,
    /// <summary>Words before a weekday: "last Thursday", "early Monday".</summary>
    WeekdayModifier,
    /// <summary>Parts of a day after a weekday: "on Thursday night".</summary>
    PartOfDay,
    /// <summary>Parts of a unit before "this", "last" or "next": "earlier this month", "late last year".</summary>
    UnitPart,
    /// <summary>Small words that stay inside a name when a capitalized word follows them: "Bank of Kunlun", "Liwa al Quds".</summary>
    NameJoiner,
    /// <summary>Capitalized words that are never part of an actor's name: weekdays, feasts and the pronoun "I".</summary>
    NeverNameWord,
    /// <summary>Words that close a place's name: "Qandil Mountains", "Qamishli airport", "Paks plant".</summary>
    PlaceHead,
    /// <summary>Words for peoples, faiths and regions: a run of capitals with one is a collective ("Shiite Muslims"), not a person's name.</summary>
    PeopleWord,
    /// <summary>The modifiers a hyphen makes of a name: "Yemen-based", "Iran-backed", "Panama-flagged".</summary>
    ModifierSuffix,
    /// <summary>Suffixes after which the name before the hyphen is where an organization sits: "UAE-based", "Panama-registered".</summary>
    SeatSuffix,
    /// <summary>Abbreviations of a legal form whose dot stays inside a name: "Asia Sun Trading Co. Ltd".</summary>
    NameLegalAbbreviation,
    /// <summary>Words a number may follow inside a name: "Unit 840", "Department 53", "Air Base 201".</summary>
    NumberedHead,
    /// <summary>Words that open a relative clause that only describes something, whose time and attribution stay in it: "…, which was founded in 1982, …".</summary>
    NarrativeRelativeWord,
    /// <summary>Words before a bare year that keep it a year before a plural noun, not a count of things: "in 2020 sanctions", "its 2021 elections".</summary>
    YearPrecedent,
    /// <summary>in, of: what joins a membership to its organization ("membership in BRICS", "membership of NATO").</summary>
    MembershipPreposition,
    /// <summary>to, into: what joins an accession to its organization ("accession to NATO").</summary>
    AccessionPreposition,
    /// <summary>to, from: after a pressure noun they make the pressure someone else's ("pressure to", "objections from").</summary>
    PressureComplement,
    /// <summary>Nouns of a coup a "-backed" compound may modify: "the Russian-backed coup".</summary>
    CoupNoun,
    /// <summary>of, for: what a person cue or title is joined to its body with ("director of", "envoy for").</summary>
    NameHeadPreposition,
    /// <summary>Words after "made it clear", "makes it harder" that open the clause filling the object "it".</summary>
    ExpletiveComplementOpener,
    /// <summary>Those sent to advise another's forces: after them, "from" names whom they act for (SentenceArguments.ActingFor).</summary>
    AdviserNoun,
    /// <summary>People who teach soldiers: a host that welcomes a state's "instructors" or "trainers" is trained by that state.</summary>
    TrainerNoun,
    /// <summary>Verbs (and their particles) whose subject does the attack their object names: "carried out raids on", "launched a strike on".</summary>
    AttackActVerb,
    /// <summary>Participles of putting something to use: "were used to attack", "have been employed to strike" leave the user unsaid.</summary>
    UseParticiple,
    /// <summary>Participles that name what an attack noun is aimed at, as "on" and "against" do: "air strikes targeting depots".</summary>
    AttackTargetWord,
    /// <summary>Verbs of being somewhere that make "in" a presence ("are in Qatar", "remained in Syria") only with an
    /// actor as their own subject and a place right after.</summary>
    PresenceCopula,
    /// <summary>Words that go on from a general place to the places meant: "in several countries, including Chad".</summary>
    PlaceListOpener,
    /// <summary>People who travel for their state or group: "the Belarusian leader was in Tehran" is a visit, not a presence.</summary>
    VisitorNoun,
    /// <summary>Verbs of fighting whose direct object is the other side: "Kenya fought al-Shabaab" ("fought for X" names none).</summary>
    TransitiveConflictVerb,
    /// <summary>Modals of what may happen, not of what will: "drones that could be used to strike" names a possible use.</summary>
    PossibilityModal,
    /// <summary>Verbs of having forces somewhere: "keeps about 3,000 troops in Iraq" is a presence.</summary>
    ForcesKeepingVerb,
    /// <summary>Participles between forces and where they are: "advisers stationed in Venezuela".</summary>
    StationedParticiple,
    /// <summary>Capitalized, the second word of a newspaper's name after a capital: "the Washington Post", "the Moscow Times"
    /// name an outlet, not the state their city stands for.</summary>
    OutletNameHead,
    /// <summary>in, from, at: before an actor they make a place phrase ("companies in China"), not a target of its own.</summary>
    PlacePhrasePreposition,
    /// <summary>on, against: a gerund after one with nothing it acts on after it is a noun ("attacks on shipping in the strait").</summary>
    GerundNounPreposition,
    /// <summary>to, from: an actor after one, between materiel and a relative clause, is where it went or came from, not
    /// what the clause is about ("drones to Russia, which have been used").</summary>
    RecipientOrOriginPreposition,
    /// <summary>against, from: an actor right before one and a gerund is kept from the act, not its agent ("warned Helsinki
    /// against joining", "barred the firm from selling").</summary>
    DissuasionPreposition,
    /// <summary>from, of: what joins people or weapons to the actor they come from or act for ("trained by instructors from
    /// the IRGC", "Russian mercenaries of the Wagner Group").</summary>
    OriginPreposition,
    /// <summary>in, inside: what a site follows, where forces are kept or materiel is made ("keeps about 3,000 troops in
    /// northern Iraq", "drones produced inside Russia").</summary>
    SitePreposition,
    /// <summary>in, within: besides "of", what a part's whole may follow ("a key unit in the PMF", "an elite branch within the Guard").</summary>
    PartInPreposition,
    /// <summary>like, including: what the holders of a role noun may follow ("proxies like Hamas"); the two-word "such as" is asked for apart.</summary>
    ExampleOpener,
    /// <summary>past, last: what a counted span back from the anchor opens with ("over the past six months", "the last two years").</summary>
    PastOrLast,
    /// <summary>and, &amp;: where one run of capitals may hold two names ("Korea Osong Shipping and Chonsurim Trading"),
    /// as written in lower case; a capitalized "And" is inside a name.</summary>
    NameSplitWord,
    /// <summary>A comma and "and": what stands between the targets of a listing verb ("designated A, B and C").</summary>
    TargetListJoiner,
    /// <summary>to, for: the recipient after a passive transfer or interdiction ("were sent to Russia", "were seized for the rebels").</summary>
    PassiveRecipientPreposition,
    /// <summary>to, for, into: the recipient after an active transfer ("sent drones to Russia", "deployed troops into Syria").</summary>
    RecipientPreposition,
    /// <summary>to, in, into: where forces whose own state deploys them go ("contractors were deployed to Libya").</summary>
    DeploymentPlacePreposition,
    /// <summary>in, by: who listed an actor that an apposition calls designated ("A, the designated group by the US").</summary>
    ListerPreposition,
    /// <summary>to, for, on, against: the object after a relation noun ("military aid to Kyiv", "attacks on shipping").</summary>
    NominalObjectPreposition,
    /// <summary>with, between, against, alongside: a symmetric act's partner after its trigger ("fought alongside Russia").</summary>
    SymmetricPartnerPreposition,
    /// <summary>against, on: the target of a weapon put to use ("used drones against Ukraine").</summary>
    WeaponUseTargetPreposition,
    /// <summary>at, against, toward, towards, into: what an aimed act is aimed at ("fired rockets at Israel").</summary>
    AimTargetPreposition,
    /// <summary>with, between: a joint act's partner ("joint exercises with Belarus").</summary>
    JointPartnerPreposition,
    /// <summary>Verbs that pass a negation before them on to the act noun they take: "did not carry out strikes", "has not
    /// provided support"; any other verb there is what the negation denies ("will not accept attacks").</summary>
    NegationCarrier,
    /// <summary>The negations of a verb ("not", "never", "didn't"), as against a determiner's "no".</summary>
    VerbNegation,
    /// <summary>Nouns of a person's post that make a body's noun before them a modifier: "the foreign ministry spokesman" is
    /// no ministry.</summary>
    PostAfterBody,
    /// <summary>Determiners that open a noun phrase, where the search for the actor it names ends (PresenceFrame): "the",
    /// "some", "several".</summary>
    NounPhraseOpener,
    /// <summary>Nouns of a state's shore and sea ("off Oman's coast", "in the waters of Qatar"): the state they name is where
    /// something happens, not who it happens to.</summary>
    CoastNoun,
    /// <summary>Currencies a state's name or demonym can qualify ("U.S. dollars", "Iranian rials"): the name is then no
    /// mention of the state.</summary>
    CurrencyWord,
    /// <summary>Verbs that cut ties a two-sided noun after them names ("downgraded its ties with", "severed close relations
    /// with"): the noun then says the relations were reduced, not kept.</summary>
    TieCuttingVerb,
    /// <summary>Irregular past forms of verbs that take an object ("met", "told", "sent"): with the regular "-ed" forms, the
    /// verbs whose object is no subject of a verb joined to them by "and".</summary>
    IrregularPastVerb,
    /// <summary>Adjectives that make an operation noun after them a joint operation (JointRule): "joint", "combined".</summary>
    JointWord,
    /// <summary>Verbs of putting weapons to use that say who holds them (ForeignWeaponsUsedRule): "has used Turkish drones",
    /// "flies Chinese jets".</summary>
    WeaponHoldingVerb,
    /// <summary>Participles of travel that can follow the noun they describe ("ships bound for Kenya", "troops headed to").</summary>
    TravelParticiple,
    /// <summary>Words that make a firm or agency a state's own (StateOwnedRule): "state-owned", "Russia's state nuclear corporation".</summary>
    StateOwnership,
    /// <summary>Plural nouns of those who act for states, before "of" and the states ("the presidents of Kenya and Uganda met").</summary>
    ActingForStatesNoun,
    /// <summary>Words before "imports" or "exports" that make them a trade in arms ("arms imports", "weapons exports").</summary>
    ArmsTradeWord,
    /// <summary>Words of a share of a whole before "of" ("56 per cent", "96%", "about half", "the bulk"): ArmsShareRule.</summary>
    ShareWord,
    /// <summary>The share words that are an amount by themselves ("half", "most", "majority"), where others need a number.</summary>
    ShareNoun,
    /// <summary>Verbs of making up a share ("accounted for", "made up", "supplied").</summary>
    ShareVerb,
    /// <summary>Verbs of coming from a source ("came from", "were from").</summary>
    ComingVerb,
    /// <summary>Nouns of a place where goods are made ("factory", "plant", "facility"): WeaponsFactoryRule.</summary>
    FactoryNoun,
    /// <summary>Verbs and nouns of building or opening something ("construct", "built", "construction", "set up").</summary>
    BuildingWord,
    /// <summary>Plural nouns of armed people, before "loyal to" or "from" and the one they act for ("forces loyal to Haftar
    /// attacked", "troops from Rwanda entered").</summary>
    ArmedPeopleNoun,
    /// <summary>Verbs of meeting whose direct object is the other party: "Ruto met Museveni" ("met the demands" names none).</summary>
    TransitiveMeetingVerb,
    /// <summary>Nouns of the lines where lands meet ("where the three borders meet"): meeting that is geography.</summary>
    BoundaryNoun,
    /// <summary>The last word of a post in a firm or a group ("chairman", "chief executive", "vice president"): with a state it
    /// names an official, who acts for the state, and no part of it (RoleNounRule).</summary>
    OrganizationPost,
    /// <summary>A word after which a sanction noun falls on the clause's subject ("is under US sanctions", "faces EU
    /// sanctions", "is subject to", "was hit with"): the noun's owners sanction that subject (NominalFrame).</summary>
    SanctionBearingWord,
    /// <summary>Verbs of acting or being placed under another ("operating under", "fights under", "was reorganized under",
    /// "came under"): their subject is part of the one in command (UnderCommandRule).</summary>
    SubordinateVerb,
    /// <summary>Verbs of regarding someone as something ("views Ethiopia as an ally", "considers the YPG a partner"): RoleNounRule.</summary>
    RegardingVerb,
    /// <summary>Verbs of warning before "that" and the one warned about ("threatened that Israel will pay"): PressedClauseRule.</summary>
    WarningVerb,
    /// <summary>Verbs of pushing someone to act ("pushing Gabon to reject", "pressed its allies for"): PressedClauseRule.</summary>
    PushingVerb,
    /// <summary>Nouns of command after "under" ("under the command of", "under Iranian control"): UnderCommandRule.</summary>
    CommandNoun,
    /// <summary>Nouns of a military exercise ("drills", "wargames", "manoeuvres"): held by two parties, or with a partner,
    /// it is their joint operation even without "joint" (JointRule).</summary>
    ExerciseNoun,
    /// <summary>Verbs whose subject holds the role "as" names after them ("acts as Iran's proxy", "is seen as Russia's
    /// closest ally"): RoleNounRule.</summary>
    SubjectRoleVerb,
    /// <summary>"thank", "thanked": whom one thanks for help helped (ThanksRule).</summary>
    ThankingVerb,
    /// <summary>"add", "added": whoever adds actors to a sanctions list sanctions them (AddedToListRule).</summary>
    AddingVerb,
    /// <summary>Nouns of a list: "list", "blacklist", "register" (AddedToListRule).</summary>
    ListNoun,
    /// <summary>Words that make a list one of sanctioned or designated parties: "entity", "sanctions", "terrorist" (AddedToListRule).</summary>
    SanctionListWord,
}

/// <summary>The kebab-case ids lexicons/word-classes.tsv writes for <see cref="WordClass"/>: "finite-verb".</summary>
public static class WordClassIds
{
    public static IReadOnlyList<WordClass> All => KebabIds<WordClass>.All;

    public static string ToId(this WordClass c) => KebabIds<WordClass>.At((int)c);

    public static bool TryParse(string? id, out WordClass c) => KebabIds<WordClass>.TryParse(id, out c);
}
