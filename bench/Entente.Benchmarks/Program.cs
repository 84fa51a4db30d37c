using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project bench/Entente.Benchmarks -- --filter '*'
// The web load test (not a BenchmarkDotNet benchmark: it measures a server under concurrent clients):
//   dotnet run -c Release --project bench/Entente.Benchmarks -- load [--claims 100000] [--clients 50] [--seconds 60]
if (args.Length > 0 && args[0] == "load") return await Entente.Benchmarks.LoadTest.RunAsync(args[1..]);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
