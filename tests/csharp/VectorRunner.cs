// The C# runner of the conformance vectors: every case of every .json file in a
// folder goes through the session functions over P/Invoke, following the
// algorithm in docs/ARCHITECTURE.md.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Kopru.Tests
{
    internal sealed class VectorRunner
    {
        private readonly Checks t;

        public VectorRunner(Checks checks) { t = checks; }

        public void Run(string dir)
        {
            var files = Directory.GetFiles(dir, "*.json").OrderBy(f => f, StringComparer.Ordinal).ToList();
            if (files.Count == 0) t.Check(false, "no vector files in " + dir);
            foreach (string file in files)
            {
                var root = Json.Parse(File.ReadAllText(file)) as JsonObject;
                var cases = root == null ? null : root.Get("cases") as List<object>;
                if (cases == null)
                {
                    t.Check(false, Path.GetFileName(file) + ": not {\"cases\": [...]}");
                    continue;
                }
                foreach (JsonObject c in cases)
                {
                    string why = RunCase(c);
                    t.Check(why == null, Path.GetFileName(file) + ": " + c.Get("name") + ": " + why);
                }
            }
        }

        private static string Text(JsonObject c, string key)
        {
            return c.Has(key) ? Json.Write(c.Get(key)) : null;
        }

        private static string ErrorMismatch(KopruException e, JsonObject expect)
        {
            if (e.Kind != (string)expect.Get("kind"))
                return "expected a " + expect.Get("kind") + " error, got " + e.ErrorJson;
            var errors = e.Error.Get("errors") as List<object> ?? new List<object>();
            foreach (var pair in new[] { new[] { "paths", "path" }, new[] { "codes", "code" } })
            {
                string key = pair[0], field = pair[1];
                var want = expect.Get(key) as List<object>;
                if (want == null) continue;
                var got = errors.OfType<JsonObject>().Select(x => (string)x.Get(field)).OrderBy(x => x, StringComparer.Ordinal).ToList();
                var wanted = want.Select(x => (string)x).OrderBy(x => x, StringComparer.Ordinal).ToList();
                if (!got.SequenceEqual(wanted))
                    return "expected error " + key + " " + Json.Write(want) + ", got " + e.ErrorJson;
            }
            if (expect.Has("message") && (string)expect.Get("message") != (string)e.Error.Get("message"))
                return "expected the message " + expect.Get("message") + ", got " + e.ErrorJson;
            return null;
        }

        /// <summary>
        /// Compares a request body (JSON text or null) with the expected one: null, JSON
        /// text, or the JSON value itself; equal as parsed JSON, or as text when not JSON.
        /// </summary>
        private static bool BodiesEqual(object got, object want)
        {
            if (got == null || want == null) return got == null && want == null;
            string a = got as string, b = want as string;
            if (a == null) return false;
            object parsed;
            try { parsed = Json.Parse(a); }
            catch (FormatException) { return a == b; }
            if (b == null) return Json.DeepEqual(parsed, want);
            try { return Json.DeepEqual(parsed, Json.Parse(b)); }
            catch (FormatException) { return a == b; }
        }

        private static string RequestMismatch(JsonObject got, JsonObject want)
        {
            foreach (string key in new[] { "method", "url" })
                if (want.Has(key) && (string)want.Get(key) != (string)got.Get(key))
                    return key + ": expected " + want.Get(key) + ", got " + got.Get(key);
            var gotHeaders = ((List<object>)got.Get("headers")).Cast<List<object>>().ToList();
            foreach (List<object> header in (want.Get("headers") as List<object>) ?? new List<object>())
            {
                bool seen = gotHeaders.Any(h => string.Equals((string)h[0], (string)header[0],
                    StringComparison.OrdinalIgnoreCase) && (string)h[1] == (string)header[1]);
                if (!seen) return "header " + Json.Write(header) + " missing from " + Json.Write(got.Get("headers"));
            }
            if (want.Has("body") && !BodiesEqual(got.Get("body"), want.Get("body")))
                return "body: expected " + Json.Write(want.Get("body")) + ", got " + Json.Write(got.Get("body"));
            return null;
        }

        /// <summary>Runs one case: null when it passes, otherwise why it failed.</summary>
        private static string RunCase(JsonObject c)
        {
            var expectError = c.Get("expect_error") as JsonObject;
            bool hasResponse = c.Has("response");
            ulong now = c.Has("now_ms") ? ulong.Parse(((JsonNumber)c.Get("now_ms")).Text) : 0;
            Session session;
            try
            {
                session = new Session(Text(c, "config"), Text(c, "state"));
            }
            catch (KopruException e)
            {
                return expectError != null && !hasResponse ? ErrorMismatch(e, expectError) : "session: " + e.ErrorJson;
            }
            using (session)
            {
                string step;
                try
                {
                    step = session.Start((string)c.Get("op"), Text(c, "params"), now);
                }
                catch (KopruException e)
                {
                    return expectError != null && !hasResponse ? ErrorMismatch(e, expectError) : "start: " + e.ErrorJson;
                }
                if (expectError != null && !hasResponse) return "start should fail, gave " + step;
                if (!hasResponse && c.Has("expect_result"))
                {
                    var local = ((JsonObject)Json.Parse(step)).Get("done");
                    return local != null && Json.DeepEqual(local, c.Get("expect_result"))
                        ? null
                        : "expected the local result {\"done\": " + Text(c, "expect_result") + "}, got " + step;
                }
                var send = ((JsonObject)Json.Parse(step)).Get("send") as JsonObject;
                if (send == null) return "start gave no request: " + step;
                var expectRequest = c.Get("expect_request") as JsonObject;
                string why = expectRequest == null ? null : RequestMismatch(send, expectRequest);
                if (why != null || !hasResponse) return why;
                try
                {
                    step = session.Receive(Text(c, "response"), now);
                }
                catch (KopruException e)
                {
                    return expectError != null ? ErrorMismatch(e, expectError) : "receive: " + e.ErrorJson;
                }
                if (expectError != null) return "receive should fail, gave " + step;
                if (!c.Has("expect_result")) return null;
                var done = ((JsonObject)Json.Parse(step)).Get("done");
                return Json.DeepEqual(done, c.Get("expect_result"))
                    ? null
                    : "expected {\"done\": " + Text(c, "expect_result") + "}, got " + step;
            }
        }
    }
}
