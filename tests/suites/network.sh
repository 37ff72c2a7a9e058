#!/usr/bin/env bash
# Company networks: a private CA and a CONNECT proxy, reached by the Python, C and C#
# clients with no kopru-specific setting.
#
# A CA made here signs the certificate of a TLS front (tests/network/tls_relay.py) to the
# loopback sandbox server. Until the CA is trusted every client fails (UnknownIssuer); with
# SSL_CERT_FILE naming it the Python client gets through; once it is in the system store
# (/usr/local/share/ca-certificates + update-ca-certificates, removed again at exit, even on
# failure) all three do. Then a CONNECT proxy (plain, and one spoken to over TLS) with credentials (tests/network/connect_proxy.py)
# is the only way to a name the machine cannot resolve: HTTPS_PROXY and the `proxy` config key
# go through it, HTTP_PROXY alone and NO_PROXY suffixes do not, and a refused proxy password
# never shows in an error.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/../lib/common.sh"

root="$(kopru_root)"
build="$(kopru_build_dir)"
out="$build/network"
lib_dir="$(kopru_target_dir)/debug"
venv="$build/python-venv"
rm -rf "$out"
mkdir -p "$out"
ensure_mono
command -v openssl >/dev/null || _kopru_apt_install openssl
command -v update-ca-certificates >/dev/null || _kopru_apt_install ca-certificates

# Clear whatever proxy the machine itself has: each step below sets its own.
unset HTTPS_PROXY https_proxy HTTP_PROXY http_proxy ALL_PROXY all_proxy NO_PROXY no_proxy \
    SSL_CERT_FILE SSL_CERT_DIR

log "cargo build -p kopru-ffi -p kopru-sandbox-server"
(cd "$root" && cargo build --quiet -p kopru-ffi -p kopru-sandbox-server)
if [[ ! -x $venv/bin/python ]]; then
    log "python3 -m venv $venv"
    python3 -m venv "$venv"
fi
log "pip install ./python (maturin builds kopru-python)"
"$venv/bin/python" -m pip --disable-pip-version-check install --quiet --force-reinstall --no-deps \
    "$root/python" >"$out/pip.log" 2>&1 || {
    tail -n 40 "$out/pip.log" >&2
    die "pip install ./python failed"
}
log "gcc tests/network/call.c; ffi/csharp/build.sh; mcs tests/network/Call.cs -r:Kopru.Net.dll"
gcc -std=c11 -Wall -Wextra -Werror -I "$root/include" -o "$out/call" "$root/tests/network/call.c" \
    -L "$lib_dir" -lkopru -Wl,-rpath,"$lib_dir"
"$root/ffi/csharp/build.sh" "$out"
mcs -nologo -warn:4 -warnaserror -r:"$out/Kopru.Net.dll" -out:"$out/Call.exe" "$root/tests/network/Call.cs"
export LD_LIBRARY_PATH="$lib_dir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"

log "openssl: a test CA and a certificate for localhost, 127.0.0.1 and erp.kopru.test"
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=kopru network-suite test CA" \
    -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -keyout "$out/ca.key" -out "$out/ca.crt" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$out/server.key" \
    -out "$out/server.csr" 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1,DNS:erp.kopru.test\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' \
    >"$out/server.ext"
openssl x509 -req -in "$out/server.csr" -CA "$out/ca.crt" -CAkey "$out/ca.key" -CAcreateserial \
    -days 2 -extfile "$out/server.ext" -out "$out/server.crt" 2>/dev/null

start_sandbox_server

# Starts `python3 tests/network/SCRIPT ARGS...` in the background, stops it at exit and
# sets helper_port to the port from its "listening PORT" line. It runs in this shell, never
# in a command substitution: a subshell's exit hooks are lost, and the helper with them.
start_helper() {
    local name=$1 script=$2 i port=
    shift 2
    python3 "$root/tests/network/$script" "$@" >"$out/$name.out" 2>"$out/$name.err" &
    local pid=$!
    kopru_at_exit "kill $pid 2>/dev/null; wait $pid 2>/dev/null"
    for ((i = 0; i < 100; i++)); do
        if IFS= read -r line <"$out/$name.out" && [[ $line == "listening "* ]]; then
            port="${line#listening }"
            break
        fi
        sleep 0.1
    done
    [[ -n $port ]] || { cat "$out/$name.err" >&2; die "$script did not start"; }
    helper_port=$port
}

upstream="${KOPRU_SANDBOX_URL#http://}"
start_helper tls tls_relay.py "$out/server.crt" "$out/server.key" "$upstream"
tls_port=$helper_port
start_helper proxy connect_proxy.py "$out/proxy.log" "alice:pr0xy-pw" "erp.kopru.test=127.0.0.1:$tls_port"
proxy_port=$helper_port
start_helper tls-proxy connect_proxy.py "$out/proxy.log" "alice:pr0xy-pw" \
    "erp.kopru.test=127.0.0.1:$tls_port" --tls "$out/server.crt" "$out/server.key"
tls_proxy_port=$helper_port
log "TLS front at https://localhost:$tls_port (test CA), CONNECT proxies at 127.0.0.1:$proxy_port (http)" \
    "and 127.0.0.1:$tls_proxy_port (https)"

op=erp.inventory.list
params='{"warehouse_code": "WH-IST-M01-MAIN"}'
# The ERP config for a base URL; extra JSON members (", \"proxy\": ...") may follow.
erp_config() {
    printf '{"service": "erp", "base_url": "%s", "credentials": {"username": "demo", "password": "demo-password"}, "max_retries": 0%s}' \
        "$1" "${2:-}"
}

# Runs CLIENT (python, c or csharp) with a config; its output goes to $out/last.{out,err}.
run_client() {
    local client=$1 config=$2
    case $client in
    python)
        printf '%s' "$config" >"$out/config.json"
        "$venv/bin/kopru" call "$op" "$params" --config "$out/config.json" ;;
    c) "$out/call" "$config" "$op" "$params" ;;
    csharp) mono "$out/Call.exe" "$config" "$op" "$params" ;;
    esac >"$out/last.out" 2>"$out/last.err"
}

# expect_ok CLIENT CONFIG WHAT: the call must return the seeded inventory.
expect_ok() {
    if ! run_client "$1" "$2" || ! grep -q '"items"' "$out/last.out"; then
        cat "$out/last.err" >&2
        die "$1: $3: expected the inventory"
    fi
    echo "   ok   $1: $3"
}

# expect_fail CLIENT CONFIG WHAT PATTERN: the call must fail with an error matching PATTERN.
expect_fail() {
    if run_client "$1" "$2"; then
        die "$1: $3: expected a failure, got $(head -c 200 "$out/last.out")"
    fi
    grep -Eq "$4" "$out/last.err" || { cat "$out/last.err" >&2; die "$1: $3: expected /$4/"; }
    echo "   ok   $1: $3 (refused: $(grep -Eo "$4" "$out/last.err" | head -n 1))"
}

direct="$(erp_config "https://localhost:$tls_port/erp")"
log "company CA, not trusted yet: every client refuses the certificate"
for client in python c csharp; do
    expect_fail "$client" "$direct" "unknown CA" "UnknownIssuer|unknown ?issuer|certificate"
done

log "SSL_CERT_FILE names the CA: trusted instead of the system store"
SSL_CERT_FILE="$out/ca.crt" expect_ok python "$direct" "SSL_CERT_FILE"
SSL_CERT_FILE="$out/ca.crt" expect_ok c "$direct" "SSL_CERT_FILE"
mkdir -p "$out/certs"
cp "$out/ca.crt" "$out/certs/kopru-test-ca.pem"
openssl rehash "$out/certs" 2>/dev/null || true
SSL_CERT_DIR="$out/certs" expect_ok python "$direct" "SSL_CERT_DIR"

system_ca=/usr/local/share/ca-certificates/kopru-network-suite-ca.crt
remove_system_ca() {
    if [[ -f $system_ca ]]; then
        rm -f "$system_ca"
        _kopru_as_root update-ca-certificates --fresh >/dev/null 2>&1 || true
        echo "   removed the test CA from the system store"
    fi
}
kopru_at_exit remove_system_ca
log "the CA in the system store ($system_ca, update-ca-certificates)"
_kopru_as_root install -m 0644 "$out/ca.crt" "$system_ca"
_kopru_as_root update-ca-certificates >/dev/null 2>&1
for client in python c csharp; do
    expect_ok "$client" "$direct" "company CA from the system store, no kopru setting"
done

via_name="$(erp_config "https://erp.kopru.test/erp")"
proxy_url="http://alice:pr0xy-pw@127.0.0.1:$proxy_port"
log "erp.kopru.test resolves only inside the proxy"
expect_fail python "$via_name" "no proxy" "transport"
for client in python c csharp; do
    HTTPS_PROXY="$proxy_url" expect_ok "$client" "$via_name" "HTTPS_PROXY"
done
https_proxy="$proxy_url" expect_ok c "$via_name" "https_proxy"
ALL_PROXY="$proxy_url" expect_ok python "$via_name" "ALL_PROXY"
expect_ok python "$(erp_config "https://erp.kopru.test/erp" ", \"proxy\": \"$proxy_url\"")" \
    "the proxy config key"
HTTPS_PROXY="https://alice:pr0xy-pw@127.0.0.1:$tls_proxy_port" expect_ok c "$via_name" \
    "an https:// proxy (TLS to the proxy too, its certificate from the company CA)"
HTTP_PROXY="$proxy_url" expect_fail c "$via_name" "HTTP_PROXY alone is not used for https" "transport"
HTTPS_PROXY="$proxy_url" NO_PROXY="kopru.test" expect_fail python "$via_name" \
    "NO_PROXY=kopru.test covers erp.kopru.test" "transport"
HTTPS_PROXY="$proxy_url" NO_PROXY="10.0.0.0/8, .kopru.test" expect_fail csharp "$via_name" \
    "NO_PROXY=.kopru.test" "transport"
HTTPS_PROXY="$proxy_url" NO_PROXY="127.0.0.0/8,other.test" expect_ok python "$via_name" \
    "NO_PROXY without a match"
HTTPS_PROXY="$proxy_url" expect_ok python "$direct" "loopback is never proxied"
for client in python c csharp; do
    HTTPS_PROXY="http://alice:wr0ng-pw@127.0.0.1:$proxy_port" expect_fail "$client" "$via_name" \
        "wrong proxy password" "407"
    if grep -q "wr0ng-pw" "$out/last.err" "$out/last.out"; then
        die "$client: the proxy password shows in the error"
    fi
done
expect_fail python "$(erp_config "https://erp.kopru.test/erp" ", \"proxy\": \"socks5://alice:s0cks-pw@127.0.0.1:1\"")" \
    "a socks proxy in the config" "only http:// and https:// proxies"
if grep -q "s0cks-pw" "$out/last.err"; then
    die "the proxy password of the config shows in the error"
fi

log "plain http stays refused except on loopback"
expect_fail python "$(erp_config "http://erp.kopru.test/erp")" "plain http to a name" "plain http"
tunnels="$(grep -c ' 200$' "$out/proxy.log")"
log "the proxy tunnelled $tunnels connections ($(grep -c ' 407$' "$out/proxy.log") refused with 407)"
[[ $tunnels -ge 6 ]] || die "expected at least 6 tunnels through the proxy, saw $tunnels"
