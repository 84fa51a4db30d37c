using Entente.Cli.Framework;

Console.OutputEncoding = System.Text.Encoding.UTF8;
return await CommandRunner.Default().RunAsync(args, CliContext.Console());
