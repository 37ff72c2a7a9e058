// The operations of the three services through libkopru against the loopback
// sandbox server: the bundled client, the page iterator, errors, and a session
// driven by hand over HttpWebRequest (the way a C# plugin with its own HTTP
// stack uses kopru).
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Text;

namespace Kopru.Tests
{
    internal sealed class SandboxTests
    {
        private const string EntegraCredentials = "{\"email\":\"demo@kopru.dev\",\"password\":\"demo-password\"}";
        private const string ErpCredentials = "{\"username\":\"demo\",\"password\":\"demo-password\"}";
        private const string TedbulCredentials =
            "{\"username\":\"demo\",\"password\":\"demo-password\",\"secretkey\":\"demo-secret\"}";

        private readonly Checks t;
        private readonly string url;

        public SandboxTests(Checks checks, string sandboxUrl)
        {
            t = checks;
            url = sandboxUrl;
        }

        public void Run()
        {
            t.Check(Admin("POST", "/_admin/reset", "{}") != null, "reset the sandbox server");
            string version = Library.Version;
            t.Check(version != null && version.Contains("."), "Library.Version: " + version);
            Section("Entegra", Entegra);
            Section("Tedbul", Tedbul);
            Section("Erp", Erp);
            Section("Errors", Errors);
            Section("BadArguments", BadArguments);
            Section("Transport", Transport);
            Section("RateLimited", RateLimited);
            Section("SessionOverHttp", SessionOverHttp);
            Section("SessionOverHttpClient", SessionOverHttpClient);
            Section("SyncRun", () => new SyncTests(t, url).Run());
        }

        /// <summary>Runs one group of checks; an unexpected exception fails it and the run goes on.</summary>
        private void Section(string name, Action body)
        {
            try
            {
                body();
            }
            catch (Exception e)
            {
                t.Check(false, name + ": unexpected " + e);
            }
        }

        private string Config(string service, string credentials)
        {
            return "{\"service\":\"" + service + "\",\"base_url\":\"" + url + "/" + service + "\",\"credentials\":" +
                   credentials + "}";
        }

        private static List<object> Items(string result)
        {
            var obj = Json.Parse(result) as JsonObject;
            return obj == null ? null : obj.Get("items") as List<object>;
        }

        /// <summary>The Tedbul ad whose `barcodes` list holds `barcode`.</summary>
        private static JsonObject FindAd(List<object> items, string barcode)
        {
            return items == null ? null : items.OfType<JsonObject>().FirstOrDefault(
                ad => ad.Get("barcodes") is List<object> && ((List<object>)ad.Get("barcodes")).Contains(barcode));
        }

        /// <summary>Calls an admin endpoint of the sandbox server; the body, or null on failure.</summary>
        private string Admin(string method, string path, string body)
        {
            var request = new JsonObject();
            request.Set("method", method);
            request.Set("url", url + path);
            request.Set("headers", new List<object> { new List<object> { "Content-Type", "application/json" } });
            request.Set("body", body);
            var response = (JsonObject)Json.Parse(Http.Send(request));
            return ((JsonNumber)response.Get("status")).Text == "200" ? (string)response.Get("body") : null;
        }

        private void Entegra()
        {
            using (var client = new Client(Config("entegra", EntegraCredentials)))
            {
                var first = Items(client.Call("entegra.products.list", "{\"page\":1}"));
                t.Check(first != null && first.Count > 0, "entegra.products.list has items");

                client.Call("entegra.products.create",
                    "{\"list\":[{\"productCode\":\"KOPRU-CS-1\",\"productName\":\"kopru C# test \u00e7ay\"," +
                    "\"barcode\":\"8690000000035\",\"quantity\":4,\"price1\":\"7.25\",\"status\":1}]}");
                var all = client.Pages("entegra.products.list", null).Select(Json.Parse).OfType<JsonObject>().ToList();
                var created = all.FirstOrDefault(p => (p.Get("productCode") as string) == "KOPRU-CS-1");
                t.Check(created != null, "the created product is among the " + all.Count + " walked by Pages");
                t.Check(created != null && (created.Get("name") as string) == "kopru C# test \u00e7ay" &&
                        (created.Get("price1") as string) == "7.25",
                    "the created product is listed with its UTF-8 name (the list calls productName name) and decimal price");

                var orders = Items(client.Call("entegra.orders.list", "{\"page\":1}"));
                t.Check(orders != null, "entegra.orders.list has items");

                var e = t.Throws(() => client.Call("entegra.products.create",
                    "{\"list\":[{\"productName\":\"no code\"},{\"productCode\":\"Y\",\"quantity\":\"many\"}]}"),
                    "validation error");
                if (e != null)
                {
                    t.Check(e is ValidationException && e.Code == ResultCode.Validation && e.Kind == "validation",
                        "validation error code and kind: " + e.ErrorJson);
                    var paths = e is ValidationException
                        ? ((ValidationException)e).Errors.Select(x => x.Path).ToList()
                        : new List<string>();
                    var wanted = new[] { "list[0].productCode", "list[1].productName", "list[1].quantity" };
                    t.Check(paths.Count == wanted.Length && wanted.All(paths.Contains),
                        "validation error lists exactly " + string.Join(", ", wanted) + ": " + e.ErrorJson);
                    t.Check(e.Message.Contains("list[0].productCode"), "message names the path: " + e.Message);
                }

                var state = (JsonObject)Json.Parse(client.ExportState());
                t.Check(state.Get("access_token") is string, "exported state has the token");
            }
        }

        private void Tedbul()
        {
            using (var client = new Client(Config("tedbul", TedbulCredentials)))
            {
                t.Check(Items(client.Call("tedbul.ads.list", "{}")) != null, "tedbul.ads.list has items");
                client.Call("tedbul.ads.create",
                    "{\"productBarcode\":\"8690000000042\",\"productName\":\"kopru C# ad\",\"stock\":9," +
                    "\"price\":\"15.40\",\"status\":1}");
                var ad = FindAd(Items(client.Call("tedbul.ads.list", "{\"show\":100}")), "8690000000042");
                t.Check(ad != null, "the created ad is listed");
                if (ad == null) return;
                client.Call("tedbul.ads.update_many",
                    "{\"adsList\":[{\"id\":" + Json.Write(ad.Get("adsId")) +
                    ",\"stock\":21,\"price\":\"16.10\",\"productBarcode\":\"8690000000042\",\"status\":1}]}");
                ad = FindAd(Items(client.Call("tedbul.ads.list", "{\"show\":100}")), "8690000000042");
                t.Check(ad != null && Json.Write(ad.Get("stock")).Trim('"') == "21" &&
                        (ad.Get("price") as string) == "16.10", "the bulk update shows in the list");
            }
        }

        private void Erp()
        {
            using (var client = new Client(Config("erp", ErpCredentials)))
            {
                var products = Items(client.Call("erp.products.list", "{\"per_page\":2}"));
                t.Check(products != null && products.Count > 0 && products.Count <= 2, "erp.products.list per_page 2");
                t.Check(products != null && products.Count > 0 && ((JsonObject)products[0]).Get("ItemCode") is string,
                    "ERP products keep their ItemCode");
                var inventory = (JsonObject)Json.Parse(client.Call("erp.inventory.list", "{}"));
                var total = int.Parse(((JsonNumber)inventory.Get("total")).Text);
                t.Check(((List<object>)inventory.Get("items")).Count > 0 && total > 1, "erp.inventory.list has items");
                var oneByOne = client.Pages("erp.inventory.list", "{\"per_page\":1}").ToList();
                t.Check(oneByOne.Count == total, "Pages walked " + oneByOne.Count + " of " + total + " inventory rows, one page each");
                var fourAtOnce = client.Pages("erp.inventory.list", "{\"per_page\":1}", 4).ToList();
                t.Check(fourAtOnce.SequenceEqual(oneByOne),
                    "four pages at once gave " + fourAtOnce.Count + " rows, in another order or not once each");
                var bad = t.Throws(() => client.Pages("erp.inventory.list", "{\"per_page\":\"many\"}"), "Pages with a per_page of text");
                if (bad != null) t.Check(bad is ValidationException, "bad parameters throw at the Pages call: " + bad.ErrorJson);
                foreach (var refused in new[] { 0, 17, -1 })
                {
                    var e = t.Throws(() => client.Pages("erp.inventory.list", "{}", refused), "a concurrency of " + refused);
                    if (e != null) t.Check(e is ConfigException && e.Code == ResultCode.Config, "a concurrency of " + refused + " is a config error");
                }
            }
        }

        private void Errors()
        {
            using (var client = new Client(Config("erp", "{\"username\":\"demo\",\"password\":\"wrong-secret-2\"}")))
            {
                var e = t.Throws(() => client.Call("erp.products.list", "{}"), "wrong ERP password");
                if (e != null)
                    t.Check(e is AuthException && e.Code == ResultCode.Auth && e.Kind == "auth" && !e.ErrorJson.Contains("wrong-secret-2") &&
                            !e.Message.Contains("wrong-secret-2"), "auth error without the secret: " + e.ErrorJson);
            }
            using (var client = new Client(Config("entegra", EntegraCredentials)))
            {
                client.Call("entegra.products.list", "{}");
                t.Check(Admin("POST", "/_admin/faults", "{\"fail_next\":1,\"fail_status\":500}") != null, "inject a 500");
                var e = t.Throws(() => client.Call("entegra.products.create",
                    "{\"list\":[{\"productCode\":\"KOPRU-CS-2\",\"productName\":\"fails\",\"barcode\":\"8690000000059\",\"quantity\":1}]}"),
                    "a 500 on a create");
                if (e != null)
                    t.Check(e is ApiException && e.Code == ResultCode.Api && e.Kind == "api" &&
                            ((ApiException)e).Status == 500 && ((ApiException)e).Service == "entegra" &&
                            ((ApiException)e).Body != null, "ApiException with the status: " + e.ErrorJson);
                Admin("POST", "/_admin/faults", "{\"fail_next\":0}");
            }
        }

        private void BadArguments()
        {
            var disposed = new Client("{\"service\":\"erp\",\"sandbox\":true,\"credentials\":" + ErpCredentials + "}");
            disposed.Dispose();
            Exception gone = null;
            try { disposed.Call("erp.products.list", null); }
            catch (ObjectDisposedException e) { gone = e; }
            t.Check(gone != null, "a disposed client throws ObjectDisposedException, never touches freed memory");

            using (var client = new Client("{\"service\":\"erp\",\"sandbox\":true,\"credentials\":" + ErpCredentials + "}"))
            {
                var bad = new byte[] { 0x65, 0x72, 0x70, 0xC3, 0x28 };
                var e = t.Throws(() => client.CallUtf8(bad, null), "invalid UTF-8");
                t.Check(e is InvalidUtf8Exception && e.Code == ResultCode.InvalidUtf8 && e.Kind == "invalid_utf8",
                    "invalid UTF-8 gives InvalidUtf8Exception");
                e = t.Throws(() => client.Call("erp.products.list", "{\"page\":"), "invalid JSON");
                t.Check(e is InvalidJsonException && e.Code == ResultCode.InvalidJson,
                    "invalid JSON gives InvalidJsonException");
                e = t.Throws(() => client.Call("erp.nothing.here", "{}"), "unknown operation");
                t.Check(e is ConfigException && e.Code == ResultCode.Config, "an unknown operation gives ConfigException");
                e = t.Throws(() => new Client("{\"service\":\"nowhere\"}"), "unknown service");
                t.Check(e is ConfigException, "an unknown service gives ConfigException: " + (e == null ? "" : e.ErrorJson));
                t.Check(Items(client.Call("erp.products.list", null)).Count > 0, "the in-process sandbox answers");
                string utf8 = client.CallUtf8(Encoding.UTF8.GetBytes("erp.products.list"),
                    Encoding.UTF8.GetBytes("{\"per_page\":1}"));
                t.Check(Items(utf8).Count == 1, "CallUtf8 takes UTF-8 bytes");
            }
        }

        private void Transport()
        {
            string config = "{\"service\":\"erp\",\"base_url\":\"http://127.0.0.1:1/erp\",\"timeout_ms\":2000," +
                            "\"max_retries\":0,\"credentials\":" + ErpCredentials + "}";
            using (var client = new Client(config))
            {
                var e = t.Throws(() => client.Call("erp.products.list", "{}"), "a closed port");
                t.Check(e is TransportException && e.Kind == "transport" && e.Code == ResultCode.Transport,
                    "a closed port gives TransportException: " + (e == null ? "" : e.ErrorJson));
            }
        }

        private void RateLimited()
        {
            string config = "{\"service\":\"erp\",\"base_url\":\"" + url + "/erp\",\"max_retries\":0,\"credentials\":" +
                            ErpCredentials + "}";
            using (var client = new Client(config))
            {
                client.Call("erp.products.list", "{\"per_page\":1}");
                t.Check(Admin("POST", "/_admin/faults", "{\"fail_next\":1,\"fail_status\":429,\"retry_after\":120}") != null,
                    "inject a 429 with Retry-After: 120");
                var e = t.Throws(() => client.Call("erp.products.list", "{\"per_page\":1}"), "a 429");
                var limited = e as RateLimitedException;
                t.Check(limited != null && limited.Kind == "rate_limited" && limited.RetryAfterMs == 120000,
                    "a 429 gives RateLimitedException with RetryAfterMs 120000: " + (e == null ? "" : e.ErrorJson));
                Admin("POST", "/_admin/faults", "{\"fail_next\":0,\"retry_after\":null}");
            }
        }

        /// <summary>Runs a session to its end over HttpWebRequest; returns the result and the request count.</summary>
        private static object Drive(Session session, string op, string parameters, out int requests)
        {
            string step = session.Start(op, parameters, Session.NowMs());
            requests = 0;
            while (true)
            {
                var parsed = (JsonObject)Json.Parse(step);
                if (parsed.Has("done")) return parsed.Get("done");
                var after = parsed.Get("after_ms") as JsonNumber;
                if (after != null) System.Threading.Thread.Sleep(int.Parse(after.Text));
                requests++;
                string response;
                try
                {
                    response = Http.Send((JsonObject)parsed.Get("send"));
                }
                catch (WebException e)
                {
                    step = session.TransportFailed(e.Message, e.Status == WebExceptionStatus.Timeout, Session.NowMs());
                    continue;
                }
                step = session.Receive(response, Session.NowMs());
            }
        }

        private void SessionOverHttpClient()
        {
            int requests;
            using (var http = new System.Net.Http.HttpClient())
            using (var session = new Session(Config("entegra", EntegraCredentials)))
            {
                var done = HttpClientTransport.Drive(http, session, "entegra.products.list", "{\"page\":1}", out requests)
                    as JsonObject;
                t.Check(done != null && done.Get("items") is List<object> && requests == 2,
                    "session over HttpClient: an Entegra login, then the products (" + requests + " requests)");
                done = HttpClientTransport.Drive(http, session, "entegra.orders.list", "{\"page\":1}", out requests)
                    as JsonObject;
                t.Check(done != null && requests == 1, "the same session reuses its token: " + requests + " request(s)");
            }
        }

        private void SessionOverHttp()
        {
            string config = Config("tedbul", TedbulCredentials);
            string state;
            int requests;
            using (var session = new Session(config, null))
            {
                var done = Drive(session, "tedbul.ads.list", "{}", out requests) as JsonObject;
                t.Check(done != null && done.Get("items") is List<object>, "session over HttpWebRequest: ads listed");
                t.Check(requests == 2, "a fresh session logs in, then lists: " + requests + " requests");
                state = session.ExportState();
            }
            using (var session = new Session(config, state))
            {
                var done = Drive(session, "tedbul.ads.list", "{\"page\":1,\"show\":1}", out requests) as JsonObject;
                t.Check(done != null && requests == 1, "a resumed session sends only the call: " + requests);
                var e = t.Throws(() => session.Start("tedbul.ads.create", "{\"stock\":1}", Session.NowMs()),
                    "session validation");
                t.Check(e is ValidationException && e.Code == ResultCode.Validation,
                    "session validation gives ValidationException");
            }
        }
    }

    /// <summary>Carries kopru's request JSON over HttpWebRequest.</summary>
    internal static class Http
    {
        /// <summary>Sends {"method","url","headers","body"}; returns {"status","headers","body"} as JSON text.</summary>
        public static string Send(JsonObject request)
        {
            var req = (HttpWebRequest)WebRequest.Create((string)request.Get("url"));
            req.Method = (string)request.Get("method");
            req.AllowAutoRedirect = false;
            req.Timeout = 30000;
            foreach (List<object> header in (List<object>)request.Get("headers"))
            {
                string name = (string)header[0], value = (string)header[1];
                switch (name.ToLowerInvariant())
                {
                    case "content-type": req.ContentType = value; break;
                    case "user-agent": req.UserAgent = value; break;
                    case "accept": req.Accept = value; break;
                    case "host": case "connection": case "content-length": break;
                    default: req.Headers[name] = value; break;
                }
            }
            var body = request.Get("body") as string;
            if (body != null)
            {
                byte[] bytes = Encoding.UTF8.GetBytes(body);
                req.ContentLength = bytes.Length;
                using (var stream = req.GetRequestStream()) stream.Write(bytes, 0, bytes.Length);
            }
            HttpWebResponse resp;
            try
            {
                resp = (HttpWebResponse)req.GetResponse();
            }
            catch (WebException e)
            {
                if (e.Response == null) throw;
                resp = (HttpWebResponse)e.Response;
            }
            using (resp)
            {
                var result = new JsonObject();
                result.Set("status", new JsonNumber(((int)resp.StatusCode).ToString()));
                var headers = new List<object>();
                foreach (string name in resp.Headers.AllKeys)
                    headers.Add(new List<object> { name, resp.Headers[name] });
                result.Set("headers", headers);
                using (var reader = new StreamReader(resp.GetResponseStream(), Encoding.UTF8))
                    result.Set("body", reader.ReadToEnd());
                return Json.Write(result);
            }
        }
    }
}
