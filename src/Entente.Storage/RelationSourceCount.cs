using Entente.Core.Ontology;

namespace Entente.Storage;

/// <summary>
/// How many stored claims one source has of one relation between a subject and an object at one certainty, as stored
/// (no roll-up, verdicts not applied): what rating a relation needs of its claims before it reads their words.
/// </summary>
public readonly record struct RelationSourceCount(string SubjectId, string Relation, string ObjectId, string SourceId, Certainty Certainty, int Claims);
