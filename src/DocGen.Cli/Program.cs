using System;
using DocGen.Cli;

return Cli.Run(args, Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);
