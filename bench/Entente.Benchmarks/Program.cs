using BenchmarkDotNet.Running;

// Run with: dotnet run -c Release --project bench/Entente.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
