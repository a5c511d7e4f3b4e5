using Woodbrook.Monitor.Benchmarks;

return args.FirstOrDefault() switch
{
    "graph" => GraphBenchmark.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/Woodbrook.Monitor.Benchmarks -- graph");
    return 2;
}
