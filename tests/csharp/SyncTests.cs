// The sync runner (kopru_sync_run) over P/Invoke against the loopback sandbox server:
// a catalogue sync from the ERP to Tedbul with a delegate hook and a state file, a
// second run from that file that sends nothing, a run stopped by the hook, an
// exception thrown in the hook, and a NULL marketplace.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace Kopru.Tests
{
    internal sealed class SyncTests
    {
        private const string ErpCredentials = "{\"username\":\"demo\",\"password\":\"demo-password\"}";
        private const string TedbulCredentials =
            "{\"username\":\"demo\",\"password\":\"demo-password\",\"secretkey\":\"demo-secret\"}";

        private readonly Checks t;
        private readonly string url;

        public SyncTests(Checks checks, string sandboxUrl)
        {
            t = checks;
            url = sandboxUrl;
        }

        private string Config(string service, string credentials)
        {
            return "{\"service\":\"" + service + "\",\"base_url\":\"" + url + "/" + service + "\",\"credentials\":" +
                   credentials + "}";
        }

        private static long Number(JsonObject obj, string key)
        {
            var n = obj == null ? null : obj.Get(key) as JsonNumber;
            return n == null ? -1 : long.Parse(n.Text);
        }

        public void Run()
        {
            string dir = Path.Combine(Path.GetTempPath(), "kopru-sync-cs-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            try
            {
                using (var erp = new Client(Config("erp", ErpCredentials)))
                using (var tedbul = new Client(Config("tedbul", TedbulCredentials)))
                {
                    Catalogue(erp, tedbul, Path.Combine(dir, "tedbul.json"));
                    Stopped(erp, tedbul);
                    BadArguments(erp);
                }
            }
            finally
            {
                Directory.Delete(dir, true);
            }
        }

        private void Catalogue(Client erp, Client tedbul, string stateFile)
        {
            const string parameters = "{\"job\":\"catalogue\",\"marketplace\":\"tedbul\"}";
            var kinds = new List<string>();
            int batches = 0;
            string lastSave = null;
            string text = Sync.Run(erp, tedbul, parameters, stateFile, (kind, json) =>
            {
                kinds.Add(kind);
                var payload = Json.Parse(json) as JsonObject;
                if (kind == "progress" && payload != null && (payload.Get("event") as string) == "batch") batches++;
                if (kind == "save") lastSave = json;
                return true;
            });
            var report = Json.Parse(text) as JsonObject;
            long sent = Number(report, "requests_sent");
            t.Check(sent > 0 && sent == batches, "the first Tedbul sync sent " + sent + " requests, the hook saw " +
                                                 batches + " batches: " + text);
            t.Check(kinds.Contains("progress") && kinds.Contains("save") && kinds.All(
                    k => k == "progress" || k == "save"), "the hook saw progress and saves: " + string.Join(",", kinds));
            t.Check(lastSave != null && Json.DeepEqual(Json.Parse(lastSave), report.Get("state")),
                "the last save is the report's state");
            t.Check(File.Exists(stateFile) && Json.DeepEqual(Json.Parse(File.ReadAllText(stateFile)), report.Get("state")),
                "the state file holds the state");

            text = Sync.Run(erp, tedbul, parameters, stateFile, (kind, json) => true);
            t.Check(Number(Json.Parse(text) as JsonObject, "requests_sent") == 0,
                "a second run from the state file sends nothing: " + text);
        }

        private void Stopped(Client erp, Client tedbul)
        {
            // A snapshot (no ERP reads) of one new product: stopped at its first progress event.
            string parameters =
                "{\"job\":\"catalogue\",\"marketplace\":\"tedbul\",\"snapshot\":{\"products\":[{\"ItemCode\":" +
                "\"CS-SYNC-1\",\"ItemDescription\":\"kopru C# sync\",\"SalePrice\":\"31.00\",\"TaxRate\":20," +
                "\"Variants\":[{\"ColorCode\":\"BLU\",\"ColorDescription\":\"Mavi\",\"ItemDim1Code\":\"S\"," +
                "\"Barcode\":\"8690000000516\"}]}],\"inventory\":[{\"WarehouseCode\":\"WH-IST-M01-MAIN\"," +
                "\"ItemCode\":\"CS-SYNC-1\",\"ColorCode\":\"BLU\",\"ItemDim1Code\":\"S\",\"InventoryQty1\":12}]}}";
            int calls = 0;
            var e = t.Throws(() => Sync.Run(null, tedbul, parameters, null, (kind, json) => ++calls < 1),
                "a hook that returns false");
            t.Check(e is StoppedException && e.Code == ResultCode.Stopped && e.Kind == "stopped" && calls == 1,
                "the hook stops the run with KOPRU_STOPPED: " + (e == null ? "" : e.ErrorJson));

            Exception thrown = null;
            try
            {
                Sync.Run(null, tedbul, parameters, null, (kind, json) => { throw new InvalidOperationException("ERP down"); });
            }
            catch (InvalidOperationException ex)
            {
                thrown = ex;
            }
            t.Check(thrown != null && thrown.Message == "ERP down",
                "an exception in the hook stops the run and comes back to the caller");

            string report = Sync.Run(null, tedbul, parameters, null, (kind, json) => true);
            t.Check(Number(Json.Parse(report) as JsonObject, "requests_sent") > 0,
                "a run from a snapshot needs no ERP client: " + report);
        }

        private void BadArguments(Client erp)
        {
            var e = t.Throws(() => Sync.Run(erp, null, "{\"job\":\"catalogue\",\"marketplace\":\"tedbul\"}", null,
                (kind, json) => true), "no marketplace");
            t.Check(e is NullArgumentException && e.Code == ResultCode.NullArgument && e.Kind == "null_argument" &&
                    e.Message.Contains("marketplace"),
                "a null marketplace gives NullArgumentException: " + (e == null ? "" : e.ErrorJson));

            using (var tedbul = new Client(Config("tedbul", TedbulCredentials)))
            {
                var v = t.Throws(() => Sync.Run(erp, tedbul, "{\"job\":\"both\",\"marketplace\":\"tedbul\",\"x\":1}",
                    null, null), "invalid params");
                var paths = !(v is ValidationException) ? new List<string>() : ((ValidationException)v).Errors
                    .Select(x => x.Path).OrderBy(p => p, StringComparer.Ordinal).ToList();
                t.Check(v != null && v.Code == ResultCode.Validation && paths.SequenceEqual(new[] { "job", "x" }),
                    "invalid params give KOPRU_VALIDATION with paths: " + (v == null ? "" : v.ErrorJson));
            }
        }
    }
}
