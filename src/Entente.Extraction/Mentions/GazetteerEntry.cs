using Entente.Core.Entities;

namespace Entente.Extraction.Mentions;

/// <summary>
/// One surface form of an entity. Case matters where the form says so: an all-capitals token ("US",
/// "CAR", "IS") must match exactly, and a capitalized first word must be capitalized in the text.
/// </summary>
public sealed record GazetteerEntry(Entity Entity, MentionForm Form, string Surface, string?[] ExactTokens, bool FirstCapitalized);
