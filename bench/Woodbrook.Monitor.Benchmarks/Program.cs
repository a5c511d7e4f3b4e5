using Woodbrook.Monitor.Benchmarks;

switch (args.FirstOrDefault())
{
    case "classify":
        return ClassifyBenchmark.Run(args[1..]);
    // The lead wires this to the Graph engineer's GraphBenchmark.Run(args).
    case "graph":
        Console.WriteLine("graph benchmark: not in this build");
        return 2;
    default:
        Console.Error.WriteLine("usage: Woodbrook.Monitor.Benchmarks classify|graph");
        return 1;
}
