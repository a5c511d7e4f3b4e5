namespace Woodbrook.Monitor.Benchmarks;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.Error.WriteLine("usage: Woodbrook.Monitor.Benchmarks classify|graph (benchmarks arrive with the classifier and Graph work)");
        return 2;
    }
}
