Console.WriteLine("Woodbrook Monitor");
