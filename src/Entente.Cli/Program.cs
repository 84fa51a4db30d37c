using Entente.Cli.Framework;

Console.OutputEncoding = System.Text.Encoding.UTF8;
return await CommandRunner.Discover().RunAsync(args, CliContext.Console());
