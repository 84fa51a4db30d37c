namespace Entente.Cli.Framework;

/// <summary>Splits words into positional arguments and the options a command declares; anything else is a usage error.</summary>
public static class ArgParser
{
    public static ParsedArgs Parse(IReadOnlyList<string> words, IReadOnlyList<OptionSpec> specs)
    {
        var positional = new List<string>();
        var options = new Dictionary<string, List<string>>();
        for (var i = 0; i < words.Count; i++)
        {
            var w = words[i];
            // -h is the one short option: everyone types it for help, and no positional argument looks like it.
            if (w == "-h") w = "--help";
            if (w == "--")
            {
                positional.AddRange(words.Skip(i + 1));
                break;
            }
            if (!w.StartsWith("--", StringComparison.Ordinal) || w.Length == 2)
            {
                positional.Add(w);
                continue;
            }
            var name = w[2..];
            string? inline = null;
            var eq = name.IndexOf('=');
            if (eq >= 0)
            {
                inline = name[(eq + 1)..];
                name = name[..eq];
            }
            var spec = specs.FirstOrDefault(s => s.Name == name)
                ?? throw new UsageException($"unknown option --{name}; see --help");
            string value;
            if (!spec.TakesValue)
            {
                if (inline is not null) throw new UsageException($"--{name} takes no value");
                value = "true";
            }
            else if (inline is not null) value = inline;
            else if (i + 1 < words.Count) value = words[++i];
            else throw new UsageException($"--{name} needs a value");
            if (options.TryGetValue(name, out var list))
            {
                if (!spec.Repeatable && spec.TakesValue) list.Clear();
                list.Add(value);
            }
            else options[name] = [value];
        }
        return new ParsedArgs(positional, options);
    }
}
