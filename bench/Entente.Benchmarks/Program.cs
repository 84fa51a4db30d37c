using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project bench/Entente.Benchmarks -- --filter '*'
// The web load test (not a BenchmarkDotNet benchmark: it measures a server under concurrent clients):
//   dotnet run -c Release --project bench/Entente.Benchmarks -- load [--claims 100000] [--clients 50] [--seconds 60]
// The one-shot analysis commands, each a new process of the Release CLI on an existing store:
//   dotnet run -c Release --project bench/Entente.Benchmarks -- oneshot --db FILE [--runs 5]
if (args.Length > 0 && args[0] == "load") return await Entente.Benchmarks.LoadTest.RunAsync(args[1..]);
if (args.Length > 0 && args[0] == "oneshot") return await Entente.Benchmarks.OneShotCommands.RunAsync(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
