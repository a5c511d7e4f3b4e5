using System.CommandLine;
using Woodbrook.Monitor.Classify;

// Placeholder entry point on the classify branch: just the two classifier commands. The lead folds them into the real
// Program.cs (root.Subcommands.Add(ClassifyCommand.Create(configuration)) and the same for EvaluateCommand).
var configuration = new ConfigurationBuilder()
    .SetBasePath(AppContext.BaseDirectory)
    .AddJsonFile("appsettings.json", optional: true)
    .AddEnvironmentVariables("WOODBROOK__")
    .Build();
var root = new RootCommand("Woodbrook Monitor");
root.Subcommands.Add(ClassifyCommand.Create(configuration));
root.Subcommands.Add(EvaluateCommand.Create(configuration));
return root.Parse(args).Invoke();
