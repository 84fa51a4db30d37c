using System.Globalization;
using Entente.Embeddings;

// Issue 11's measured try of MiniLM sentence embeddings, kept out of the shipped assemblies.
//   speed DIR [--runs N] [--batch N] [--sort-by-length] [--limit N]
//       embed every sentence of DIR/*.txt on one thread and print sentences and MB per CPU second
//   nearest TRIGGERS.tsv LEXICAL-CLASSES.tsv TEXT_DIR [--top N] [--min-count N] [--probe w1,w2,…] [--template T]
//       words of TEXT_DIR nearest each relation's trigger phrases, and what WordNet's table says of them
//   candidates DIR
//       the share of DIR's sentences (extraction's own split) that give the relation model a candidate pair
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: speed DIR … | nearest TRIGGERS.tsv LEXICAL-CLASSES.tsv TEXT_DIR … | candidates DIR (see Program.cs)");
    return 2;
}

var options = CommandLineOptions.Parse(args.Skip(1).ToArray());
return args[0] switch
{
    "speed" => SpeedCommand.Run(options),
    "nearest" => NearestCommand.Run(options),
    "candidates" => CandidatesCommand.Run(options),
    _ => Fail($"unknown command '{args[0]}'"),
};

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    return 2;
}
