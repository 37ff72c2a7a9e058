// Checks that Kopru.ResultCode matches the KOPRU_* result codes of include/kopru.h.
using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace Kopru.Tests
{
    internal sealed class HeaderCodes
    {
        private readonly Checks t;

        public HeaderCodes(Checks checks) { t = checks; }

        /// <summary>KOPRU_RATE_LIMITED -> RateLimited.</summary>
        private static string EnumName(string define)
        {
            return string.Concat(define.Substring("KOPRU_".Length).Split('_')
                .Select(w => w.Substring(0, 1) + w.Substring(1).ToLowerInvariant()));
        }

        public void Run(string header)
        {
            var defines = Regex.Matches(File.ReadAllText(header), @"#define (KOPRU_[A-Z0-9_]+) (\d+)")
                .Cast<Match>().ToList();
            t.Check(defines.Count > 10, "the header defines " + defines.Count + " result codes");
            foreach (Match m in defines)
            {
                string name = EnumName(m.Groups[1].Value);
                string want = m.Groups[2].Value;
                bool known = Enum.GetNames(typeof(ResultCode)).Contains(name);
                t.Check(known && ((int)Enum.Parse(typeof(ResultCode), name)).ToString() == want,
                    m.Groups[1].Value + " = " + want + " is ResultCode." + name);
            }
            t.Check(Enum.GetValues(typeof(ResultCode)).Length == defines.Count,
                "ResultCode has no value the header lacks");
        }
    }
}
