using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project bench/Entente.Benchmarks -- --filter '*'
// The web load test (not a BenchmarkDotNet benchmark: it measures a server under concurrent clients):
//   dotnet run -c Release --project bench/Entente.Benchmarks -- load [--claims 100000 | --store FILE] [--clients 50] [--seconds 60] [--runs 3] [--inflate]
// Issue 14's kill -9 test at full scale (2,000 documents ingested, a 30 MB import, three kills each):
//   dotnet run -c Release --project bench/Entente.Benchmarks -- killsoak [--documents 2000] [--import-mb 30] [--rounds 3] [--only ingest|import]
// The one-shot analysis commands, each a new process of the Release CLI on an existing store:
//   dotnet run -c Release --project bench/Entente.Benchmarks -- oneshot --db FILE [--runs 5] [--only COMMAND]
// Issue 14's dense texts (no full stop, 0.5 to 2 MB; 1 MB of news with and without full stops), CPU s and peak memory:
//   dotnet run -c Release --project bench/Entente.Benchmarks -- hostile [--runs 3] [--entente PATH]
if (args.Length > 0 && args[0] == "hostile") return await Entente.Benchmarks.HostileTexts.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "load") return await Entente.Benchmarks.LoadTest.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "killsoak") return await Entente.Benchmarks.KillSoak.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "oneshot") return await Entente.Benchmarks.OneShotCommands.RunAsync(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
