// The tiny test harness of the C# tests: counts checks, prints failures.
using System;

namespace Kopru.Tests
{
    public sealed class Checks
    {
        public int Passed;
        public int Failed;

        public void Check(bool condition, string what)
        {
            if (condition) { Passed++; return; }
            Failed++;
            Console.Error.WriteLine("FAIL " + what);
        }

        /// <summary>Runs `action`, which must throw a KopruException; returns it (or null).</summary>
        public KopruException Throws(Action action, string what)
        {
            try
            {
                action();
            }
            catch (KopruException e)
            {
                return e;
            }
            Check(false, what + ": no error");
            return null;
        }

        /// <summary>Prints the summary line; the process exit status.</summary>
        public int Summary(string what)
        {
            Console.WriteLine(what + ": " + Passed + " passed, " + Failed + " failed");
            return Failed == 0 && Passed > 0 ? 0 : 1;
        }
    }
}
