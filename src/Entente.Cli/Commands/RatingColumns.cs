using System.Globalization;
using Entente.Cli.Framework;
using Entente.Core.Sources;

namespace Entente.Cli.Commands;

/// <summary>How a rating record prints, wherever ratings are listed.</summary>
internal static class RatingColumns
{
    public static readonly Column<SourceRating>[] All =
    [
        new("target", r => r.Target),
        new("reliability", r => r.Reliability.ToString()),
        new("set by", r => r.SetBy),
        new("at", r => r.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)),
        new("reason", r => r.Reason),
    ];
}
