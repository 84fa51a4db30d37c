using Entente.Extraction.Attribution;
using Entente.Extraction.Claims;
using Entente.Extraction.Coreference;
using Entente.Extraction.Cues;
using Entente.Extraction.Mentions;
using Entente.Extraction.Relations;
using Entente.Extraction.Relations.Model;
using Entente.Extraction.Sentences;
using Entente.Extraction.Time;
using Entente.Extraction.Tokens;
using Entente.Knowledge;

namespace Entente.Extraction.Pipeline;

/// <summary>
/// Assembles an extraction pipeline stage by stage, in order; <see cref="Build"/> loads the lexicons and the
/// gazetteer once and freezes the stages into an immutable <see cref="ExtractionPipeline"/>.
/// </summary>
public sealed class ExtractionPipelineBuilder(KnowledgeBase kb)
{
    private readonly List<Func<BuildContext, IExtractionStage>> _stages = [];
    private readonly List<Action<BuildContext, RelationRules>> _rules = [];

    /// <summary>Shared tables, created once per build and only for the stages that ask for them.</summary>
    public sealed class BuildContext(KnowledgeBase kb, IReadOnlyList<Action<BuildContext, RelationRules>> registrations)
    {
        public KnowledgeBase KnowledgeBase { get; } = kb;

        /// <summary>The English frames and construction rules, then those registered with <see cref="UseFrame"/> and <see cref="UseConstruction"/>.</summary>
        public RelationRules RelationRules => field ??= Register(RelationRules.English(MentionLexicons));
        public Gazetteer Gazetteer => field ??= new Gazetteer(KnowledgeBase, MentionLexicons.CommonWords);
        public MentionLexicons MentionLexicons => field ??= new MentionLexicons(WordClasses);
        public Lexicons.WordClasses WordClasses => field ??= new Lexicons.WordClasses();
        public TriggerLexicon Triggers => field ??= new TriggerLexicon(WordClasses);
        public Lexicons.LexicalClasses LexicalClasses => field ??= new Lexicons.LexicalClasses();

        private RelationRules Register(RelationRules rules)
        {
            foreach (var register in registrations) register(this, rules);
            return rules;
        }
    }

    public KnowledgeBase KnowledgeBase { get; } = kb;

    public ExtractionPipelineBuilder Use(IExtractionStage stage)
    {
        _stages.Add(_ => stage);
        return this;
    }

    public ExtractionPipelineBuilder Use(Func<BuildContext, IExtractionStage> factory)
    {
        _stages.Add(factory);
        return this;
    }

    public ExtractionPipelineBuilder UseSentences() => Use(_ => new SentenceStage(new SentenceSplitter(new Abbreviations())));
    public ExtractionPipelineBuilder UseTokens() => Use(_ => new TokenStage());
    public ExtractionPipelineBuilder UseMentions() => Use(c => new MentionStage(c.Gazetteer, c.MentionLexicons, c.KnowledgeBase));
    public ExtractionPipelineBuilder UseDocumentTime() => Use(_ => new DocumentTimeStage());
    public ExtractionPipelineBuilder UseTime() => Use(c => new TimeStage(new TimeExpressionParser(new NamedEvents(), c.WordClasses), new AnaphoricTimes(), c.WordClasses));
    public ExtractionPipelineBuilder UseAttribution() => Use(c => new AttributionStage(new SpeechVerbs(c.WordClasses)));
    public ExtractionPipelineBuilder UseCoreference() => Use(c => new CoreferenceStage(c.WordClasses));
    public ExtractionPipelineBuilder UseCues() => Use(c => new CueStage(new CueLexicon(), c.WordClasses));
    public ExtractionPipelineBuilder UseRelations() => Use(c => new RelationStage(c.KnowledgeBase, c.Triggers, c.RelationRules));

    /// <summary>Registers a frame for the relation stage under its names, which lexicons/triggers.tsv may then use.</summary>
    public ExtractionPipelineBuilder UseFrame(Func<BuildContext, Relations.Frames.ITriggerFrame> frame)
    {
        _rules.Add((c, rules) => rules.Frame(frame(c)));
        return this;
    }

    /// <summary>Registers a construction rule for the relation stage, run after the English ones.</summary>
    public ExtractionPipelineBuilder UseConstruction(string name, Func<BuildContext, Relations.Constructions.IConstructionRule> rule)
    {
        _rules.Add((c, rules) => rules.Construction(name, rule(c)));
        return this;
    }
    public ExtractionPipelineBuilder UseDenials() => Use(c => new DenialStage(new AgentResolver(c.KnowledgeBase).Party, c.WordClasses));
    public ExtractionPipelineBuilder UseClaims() => Use(c => new ClaimStage(c.KnowledgeBase, c.WordClasses));

    /// <summary>
    /// The learned relation model after the rules: the given model, else the one shipped with this assembly. Without
    /// either (a build before the first `entente train`) the rules' drafts stand.
    /// </summary>
    public ExtractionPipelineBuilder UseRelationModel(RelationModel? model = null)
    {
        model ??= RelationModel.Shipped();
        return model is null ? this : Use(c => new RelationModelStage(model, c.KnowledgeBase, c.Triggers, c.LexicalClasses));
    }

    /// <summary>The stages that read a document up to the rules' drafts: what the relation model's trainer looks at.</summary>
    public ExtractionPipelineBuilder UseReading() =>
        UseSentences().UseTokens().UseMentions().UseDocumentTime().UseTime().UseAttribution().UseCoreference().UseCues().UseRelations();

    /// <summary>
    /// Every stage of the English pipeline, in order: the rules propose, the relation model decides, denials repeat the
    /// claims a party denies (they read the drafts of every producer, so they come after the model), then claims.
    /// </summary>
    /// <param name="model">a relation model to decide instead of the shipped one (another file, another threshold)</param>
    public ExtractionPipelineBuilder UseDefaults(RelationModel? model = null) => UseReading().UseRelationModel(model).UseDenials().UseClaims();

    /// <summary>The English pipeline with the rules alone deciding, as before the relation model (the spec examples of each rule test this).</summary>
    public ExtractionPipelineBuilder UseRulesOnly() => UseReading().UseDenials().UseClaims();

    public ExtractionPipeline Build()
    {
        var context = new BuildContext(KnowledgeBase, _rules.ToList());
        return new ExtractionPipeline(_stages.Select(f => f(context)));
    }
}
