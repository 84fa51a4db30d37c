using Entente.Extraction.Mentions;
using Entente.Extraction.Relations.Constructions;
using Entente.Extraction.Relations.Frames;

namespace Entente.Extraction.Relations;

/// <summary>
/// The frames the relation stage runs, by the names lexicons/triggers.tsv gives them, and its construction rules, by
/// name, in the order they run. The pipeline builder registers them (<see cref="English"/> and any added with
/// <c>UseFrame</c> or <c>UseConstruction</c>); a name taken twice fails, and the stage refuses a trigger file that
/// names a frame not registered here.
/// </summary>
public sealed class RelationRules
{
    private readonly Dictionary<string, ITriggerFrame> _frames = new(StringComparer.Ordinal);
    private readonly List<(string Name, IConstructionRule Rule)> _constructions = [];

    public IReadOnlyDictionary<string, ITriggerFrame> Frames => _frames;

    /// <summary>The construction rules in the order they run, after every trigger's frame.</summary>
    public IEnumerable<IConstructionRule> Constructions => _constructions.Select(c => c.Rule);

    public IEnumerable<string> ConstructionNames => _constructions.Select(c => c.Name);

    /// <summary>Registers a frame under each of its <see cref="ITriggerFrame.Names"/>.</summary>
    public RelationRules Frame(ITriggerFrame frame)
    {
        foreach (var name in frame.Names)
            if (!_frames.TryAdd(name, frame))
                throw new ArgumentException($"the frame name '{name}' is registered twice", nameof(frame));
        return this;
    }

    /// <summary>Registers a construction rule to run after those already registered.</summary>
    public RelationRules Construction(string name, IConstructionRule rule)
    {
        if (_constructions.Any(c => c.Name == name))
            throw new ArgumentException($"the construction rule '{name}' is registered twice", nameof(name));
        _constructions.Add((name, rule));
        return this;
    }

    /// <summary>The English frames and construction rules, in the order the relation stage has always run them.</summary>
    public static RelationRules English(MentionLexicons lexicons) => new RelationRules()
        .Frame(new DirectedFrame()).Frame(new TransferFrame()).Frame(new ReceiveFrame()).Frame(new NominalFrame())
        .Frame(new SupplierFrame()).Frame(new SymmetricFrame()).Frame(new AskFrame()).Frame(new PresenceFrame())
        .Frame(new ProduceFrame()).Frame(new BasingFrame()).Frame(new AimedFrame()).Frame(new ReliesOnFrame()).Frame(new HostFrame())
        .Construction("role-noun", new RoleNounRule(lexicons.RoleNouns))
        .Construction("membership", new MembershipRule())
        .Construction("compound", new CompoundRule())
        .Construction("despite", new BornePressureRule())
        .Construction("accountable", new AccountableRule())
        .Construction("via", new ViaRule())
        .Construction("with-help", new WithHelpRule())
        .Construction("visit-noun", new VisitNounRule())
        .Construction("base-in", new BaseInRule())
        .Construction("copula-presence", new CopulaPresenceRule())
        .Construction("forces-kept", new ForcesKeptRule())
        .Construction("foreign-weapons-used", new ForeignWeaponsUsedRule())
        .Construction("state-owned", new StateOwnedRule())
        .Construction("fronted-participle", new FrontedParticipleRule())
        .Construction("joint", new JointRule())
        .Construction("implied-sanctioner", new ImpliedSanctionerRule())
        .Construction("sanctioned-list", new SanctionedListRule())
        .Construction("thanks", new ThanksRule())
        .Construction("added-to-list", new AddedToListRule())
        .Construction("arms-share", new ArmsShareRule())
        .Construction("weapons-factory", new WeaponsFactoryRule())
        .Construction("under-command", new UnderCommandRule())
        .Construction("pressed-clause", new PressedClauseRule());
}
