"""Python-side cost of kopru, as ratios against a baseline measured in the same run.

    python/bench.sh               (its own venv: kopru built from this checkout, pydantic, msgspec)
    python python/bench.py        (with kopru installed: pip install ./python)

- An Entegra product page (100 products, 3 variations each, every scalar a string as
  the live service sends them) received through ``kopru.Session`` — parsed, typed,
  money as ``decimal.Decimal`` — against ``json.loads`` of the same body, and against
  pydantic v2 ``model_validate_json`` doing the same typing when pydantic is installed
  (``pip install pydantic`` in the bench's own environment, never in the tests').
- Validating and building ``entegra.products.create`` for 100 products with 3 variations
  each (``Decimal`` prices, the colour-spec rule) through ``kopru.Session.start``, against
  pydantic v2 ``model_validate`` + ``model_dump_json`` and msgspec ``convert`` +
  ``json.encode`` of models with the same fields, defaults and rule, when installed.
- A catalogue sync of 500 ERP products planned and sent to the in-process Entegra
  sandbox (``kopru.sync_catalogue``), against ``json.loads`` + ``json.dumps`` of the
  snapshot (the least any sync must do with its data).
- ``sync.plan`` of 8,000 products (33,600 variants) from Python, against the same
  JSON round trip.
- First-sync scaling: ``sync_catalogue`` of 2k, 4k, 8k, 16k and 32k products (4.2
  variants each) into a fresh in-process Entegra sandbox, the fastest of three runs, each
  against the half size
  (linear is 2.0); the emulator's work is included (``cargo bench -p kopru-core
  --bench sync_scaling`` measures it apart). ``KOPRU_BENCH_SIZES=2000,4000`` picks
  the sizes.
- Memory over 1,000,000 ERP inventory records read through ``Client.pages`` from a
  loopback server in this process (100 records a page, as ``pages()`` asks): the
  resident set after 100,000 records against after 1,000,000 (flat is 1.0).

- Paging 175 ERP pages (100 records each) from a loopback server answering after 20 ms,
  at ``concurrency`` 1, 4 and 8, in wall time against the bound pages × latency /
  concurrency (1.0 is the bound).

Other times are this process's CPU time (``time.process_time``; for the sync runs its user
time only, see ``user_seconds``), so other work on a shared machine does not count. Nothing here is asserted: the figures go in the README.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Annotated, Any, Optional
from urllib.parse import parse_qs, urlparse

import kopru

NOW = 1_700_000_000_000


def mean(work: Callable[[], object], least: float = 2.0) -> float:
    """CPU seconds per run of ``work``, over at least ``least`` CPU seconds."""
    work()
    runs = 0
    started = time.process_time()
    while time.process_time() - started < least:
        work()
        runs += 1
    return (time.process_time() - started) / runs


def report(name: str, measured: float, baseline: float, baseline_name: str) -> None:
    print(
        f"{name:<44} {measured * 1e3:9.2f} ms   {baseline_name}: {baseline * 1e3:8.2f} ms"
        f"   ratio {measured / baseline:6.2f}"
    )


def entegra_page() -> str:
    products = [
        {
            "id": str(1000 + i),
            "productCode": f"P{i}",
            "productName": f"Ürün {i}",
            "quantity": "13",
            "price1": "129.90",
            "status": "1",
            "variatios": [
                {
                    "productCode": f"P{i}-{v}",
                    "barcode": f"869{i:05d}{v}",
                    "quantity": str(v + 2),
                    "price": "12.50",
                }
                for v in range(3)
            ],
        }
        for i in range(100)
    ]
    return json.dumps({"productList": products, "totalProduct": "250"})


def logged_in_session() -> kopru.Session:
    """An Entegra session resumed with a valid token: ``start`` goes straight to the operation."""
    config = {"service": "entegra", "credentials": {"email": "demo@kopru.dev", "password": "demo-password"}}
    state = {
        "version": 1,
        "service": "entegra",
        "account": "demo@kopru.dev",
        "access_token": "T",
        "access_expires_ms": NOW * 2,
        "refresh_token": "R",
        "refresh_expires_ms": NOW * 2,
    }
    return kopru.Session(config, state)


def receive_page() -> None:
    body = entegra_page()
    session = logged_in_session()
    response = {"status": 200, "headers": [["Content-Type", "application/json"]], "body": body}

    def through_kopru() -> object:
        session.start("entegra.products.list", {"page": 1}, NOW)
        return session.receive(response, NOW)

    kopru_receive = mean(through_kopru)
    report("entegra.products.list page (100 products)", kopru_receive, mean(lambda: json.loads(body)), "json")
    pydantic_page = pydantic_page_model()
    if pydantic_page is None:
        print("  (pydantic not installed: pip install pydantic for the comparison)")
        return
    report(
        "entegra.products.list page (100 products)",
        kopru_receive,
        mean(lambda: pydantic_page.model_validate_json(body)),
        "pydantic",
    )


def create_params() -> dict[str, Any]:
    """``entegra.products.create`` parameters: 100 products with 3 variations each."""
    return {
        "list": [
            {
                "productCode": f"P{i}",
                "productName": f"Ürün {i}",
                "barcode": f"869{i:05d}9",
                "price1": Decimal("129.90"),
                "quantity": 13,
                "variations": [
                    {
                        "barcode": f"869{i:05d}{v}",
                        "productCode": f"P{i}-{v}",
                        "quantity": v + 2,
                        "price": Decimal("12.50"),
                        "variation_specs": [{"name": "Renk", "value": "Kırmızı"}],
                    }
                    for v in range(3)
                ],
            }
            for i in range(100)
        ]
    }


def build_request() -> None:
    session = logged_in_session()
    params = create_params()
    name = "entegra.products.create (100 products)"
    kopru_build = mean(lambda: session.start("entegra.products.create", params, NOW))
    report(name, kopru_build, mean(lambda: json.dumps(params, default=str)), "json")
    models = request_models()
    if models is None:
        print("  (pydantic or msgspec not installed: pip install pydantic msgspec for the comparison)")
        return
    pydantic_create, msgspec_create, msgspec = models
    report(
        name,
        kopru_build,
        mean(lambda: pydantic_create.model_validate(params).model_dump_json(by_alias=True)),
        "pydantic",
    )
    report(
        name,
        kopru_build,
        mean(lambda: msgspec.json.encode(msgspec.convert(params, msgspec_create))),
        "msgspec",
    )


def request_models() -> Any:
    """The parameters as pydantic v2 and msgspec models with the same fields, defaults
    and colour-spec rule, or ``None`` when either is not installed."""
    try:
        import msgspec
        from pydantic import BaseModel, ConfigDict, Field, model_validator
    except ImportError:
        return None

    def colour_spec_given(specs: list[Any]) -> None:
        if not any(spec.name == "Renk" for spec in specs):
            raise ValueError("one variation spec must be the colour Renk")

    class Spec(BaseModel):
        model_config = ConfigDict(extra="allow")
        name: str
        value: Any

    class Variation(BaseModel):
        model_config = ConfigDict(extra="allow")
        barcode: str
        productCode: str
        quantity: int = Field(ge=0)
        price: Decimal | None = None
        price_prefix: str = "+"
        points_prefix: str = "+"
        weight_prefix: str = "+"
        variation_specs: list[Spec] = []

        @model_validator(mode="after")
        def colour(self) -> Variation:
            colour_spec_given(self.variation_specs)
            return self

    class Product(BaseModel):
        model_config = ConfigDict(extra="allow")
        productCode: str
        productName: str
        barcode: str | None = None
        price1: Decimal | None = None
        quantity: int | None = Field(default=None, ge=0)
        variations: list[Variation] = []

    class Create(BaseModel):
        products: list[Product] = Field(alias="list", min_length=1)

    # defstruct, as ``from __future__ import annotations`` leaves local class annotations
    # as text that msgspec cannot resolve.
    count = Annotated[int, msgspec.Meta(ge=0)]
    msg_spec = msgspec.defstruct("MsgSpec", [("name", str), ("value", Any)])

    def msg_colour(variation: Any) -> None:
        colour_spec_given(variation.variation_specs)

    msg_variation = msgspec.defstruct(
        "MsgVariation",
        [
            ("barcode", str),
            ("productCode", str),
            ("quantity", count),
            ("price", Optional[Decimal], None),
            ("price_prefix", str, "+"),
            ("points_prefix", str, "+"),
            ("weight_prefix", str, "+"),
            ("variation_specs", list[msg_spec], []),  # type: ignore[valid-type]
        ],
        namespace={"__post_init__": msg_colour},
    )
    msg_product = msgspec.defstruct(
        "MsgProduct",
        [
            ("productCode", str),
            ("productName", str),
            ("barcode", Optional[str], None),
            ("price1", Optional[Decimal], None),
            ("quantity", Optional[count], None),
            ("variations", list[msg_variation], []),  # type: ignore[valid-type]
        ],
        omit_defaults=True,
    )
    msg_create = msgspec.defstruct(
        "MsgCreate",
        [("list", Annotated[list[msg_product], msgspec.Meta(min_length=1)])],  # type: ignore[valid-type]
    )

    return Create, msg_create, msgspec


def pydantic_page_model() -> Any:
    """The page as pydantic v2 models doing the same typing (ints, ``Decimal`` money,
    ``variatios`` read as ``variations``), or ``None`` when pydantic is not installed."""
    try:
        from pydantic import BaseModel, ConfigDict, Field
    except ImportError:
        return None

    class Variation(BaseModel):
        model_config = ConfigDict(extra="allow")
        productCode: str
        barcode: str
        quantity: int
        price: Decimal

    class Product(BaseModel):
        model_config = ConfigDict(extra="allow")
        id: str
        productCode: str
        productName: str
        quantity: int
        price1: Decimal
        status: int
        variations: list[Variation] = Field(alias="variatios")

    class Page(BaseModel):
        productList: list[Product]
        totalProduct: int

    return Page


def snapshot(count: int) -> dict[str, Any]:
    products: list[dict[str, Any]] = []
    inventory: list[dict[str, Any]] = []
    for i in range(count):
        code = f"GEN-{i:05d}"
        sizes = ("S", "M", "L")
        products.append(
            {
                "ItemCode": code,
                "ItemDescription": f"Ürün {i}",
                "SalePrice": f"{10 + i % 500}.90",
                "TaxRate": 20,
                "Variants": [
                    {
                        "ColorCode": "RED",
                        "ColorDescription": "Kırmızı",
                        "ItemDim1Code": s,
                        "Barcode": f"869{i:06d}{v}",
                    }
                    for v, s in enumerate(sizes)
                ],
            }
        )
        inventory.extend(
            {
                "WarehouseCode": "W1",
                "ItemCode": code,
                "ColorCode": "RED",
                "ItemDim1Code": s,
                "InventoryQty1": i % 9,
            }
            for s in sizes
        )
    return {"products": products, "inventory": inventory}


def sync_catalogue() -> None:
    data = snapshot(500)
    text = json.dumps(data)

    def first_sync() -> object:
        client = kopru.Client(kopru.sandbox_config("entegra"))
        return kopru.sync_catalogue(client, snapshot=data)

    report(
        "sync_catalogue, 500 products, in-process sandbox",
        mean(first_sync, 4.0),
        mean(lambda: json.dumps(json.loads(text))),
        "json",
    )


VARIANTS = (3, 4, 4, 5, 5)
COLOURS = ("RED", "BLU", "BLK", "WHT", "GRN")


def catalogue(count: int) -> dict[str, Any]:
    """``count`` products with 4.2 variants each on average, stock in two warehouses."""
    products: list[dict[str, Any]] = []
    inventory: list[dict[str, Any]] = []
    for i in range(count):
        code = f"GEN-{i:06d}"
        colours = COLOURS[: VARIANTS[i % len(VARIANTS)]]
        products.append(
            {
                "ItemCode": code,
                "ItemDescription": f"Ürün {i}",
                "SalePrice": f"{10 + i % 500}.90",
                "TaxRate": 20,
                "IsBlocked": i % 13 == 0,
                "Variants": [
                    {"ColorCode": c, "ColorDescription": "Renk", "ItemDim1Code": "M", "Barcode": f"869{i:07d}{v}"}
                    for v, c in enumerate(colours)
                ],
            }
        )
        inventory.extend(
            {"WarehouseCode": w, "ItemCode": code, "ColorCode": c, "ItemDim1Code": "M", "InventoryQty1": i % 7}
            for c in colours
            for w in ("W1", "W2")
        )
    return {"products": products, "inventory": inventory}


def user_seconds() -> float:
    """This process's user CPU time: the kernel's time to fault pages in is left out (on the
    2-core VM this runs on it moves from 0.05 s to 6 s between two runs of the same sync),
    where ``resource`` exists; else ``time.process_time``."""
    try:
        import resource
    except ImportError:
        return time.process_time()
    return resource.getrusage(resource.RUSAGE_SELF).ru_utime


def once(work: Callable[[], object]) -> float:
    """User CPU seconds one run of ``work`` takes."""
    started = user_seconds()
    work()
    return user_seconds() - started


def plan_from_python() -> None:
    data = catalogue(8_000)
    text = json.dumps(data)
    client = kopru.Client(kopru.sandbox_config("erp"))
    params = {"marketplace": "entegra", **data}
    report(
        "sync.plan, 8,000 products (33,600 variants)",
        mean(lambda: client.call("sync.plan", params), 6.0),
        mean(lambda: json.dumps(json.loads(text))),
        "json",
    )


def sync_scaling() -> None:
    sizes = [int(size) for size in os.environ.get("KOPRU_BENCH_SIZES", "2000,4000,8000,16000,32000").split(",")]
    print(f"{'first sync_catalogue, in-process Entegra':<44} {'products':>8} {'seconds':>8} {'/half':>6} {'/json':>6}")
    previous: tuple[int, float] | None = None
    for count in sizes:
        data = catalogue(count)
        text = json.dumps(data)
        # The fastest of three runs, each into a fresh sandbox, as the Rust bench does.
        took = min(
            once(lambda: kopru.sync_catalogue(kopru.Client(kopru.sandbox_config("entegra")), snapshot=data))
            for _ in range(3)
        )
        baseline = min(once(lambda: json.dumps(json.loads(text))) for _ in range(3))
        half = f"{took / previous[1]:6.2f}" if previous and previous[0] * 2 == count else f"{'-':>6}"
        print(f"{'':<44} {count:>8} {took:8.2f} {half} {took / baseline:6.1f}")
        previous = (count, took)


class InventoryPages(BaseHTTPRequestHandler):
    """The ERP's ``GET …/inventory`` as the seed shows it, generated: ``total`` records."""

    total = 1_000_000
    protocol_version = "HTTP/1.1"  # the connection is kept open between pages

    def do_GET(self) -> None:
        query = parse_qs(urlparse(self.path).query)
        page = int(query.get("page", ["1"])[0])
        per_page = int(query.get("per_page", ["50"])[0])
        self.answer(self.body(page, per_page))

    @classmethod
    def body(cls, page: int, per_page: int) -> bytes:
        """Page ``page`` of the list in pages of ``per_page`` records."""
        first = (page - 1) * per_page
        records = [
            {
                "OfficeCode": "IST-01",
                "WarehouseCode": "W1",
                "ItemTypeCode": 1,
                "ItemCode": f"GEN-{n:07d}",
                "ColorCode": "RED",
                "ItemDim1Code": "M",
                "InventoryQty1": n % 17,
            }
            for n in range(first, min(first + per_page, cls.total))
        ]
        pages = -(-cls.total // per_page)
        return json.dumps(
            {
                "success": True,
                "data": records,
                "pagination": {"current_page": page, "per_page": per_page, "total": cls.total, "total_pages": pages},
            }
        ).encode()

    def answer(self, body: bytes) -> None:
        head = f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n"
        self.wfile.write(head.encode() + body)

    def log_message(self, *_: object) -> None:
        return


def resident_kb() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))


class InventoryServer(ThreadingHTTPServer):
    """A loopback server that lets connections queue: the default backlog of 5 drops the
    connects of 8 concurrent pages, which then wait a second for TCP to try again."""

    request_queue_size = 128
    daemon_threads = True


@contextmanager
def serve_inventory(handler: type[InventoryPages] = InventoryPages) -> Iterator[str]:
    server = InventoryServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()


def memory_over_pages() -> None:
    if not os.path.exists("/proc/self/status"):
        print("memory over 1M records: needs /proc (Linux)")
        return
    with serve_inventory() as url:
        config = {"service": "erp", "base_url": url, "credentials": {"username": "bench", "password": "bench"}}
        client = kopru.Client(config)
        after: dict[int, int] = {}
        count = 0
        for _ in client.pages("erp.inventory.list"):
            count += 1
            if count in (100_000, 1_000_000):
                after[count] = resident_kb()
        report_line = "Client.pages, 1,000,000 ERP inventory records"
        print(
            f"{report_line:<44} RSS {after[1_000_000] / 1024:7.1f} MB   after 100,000: "
            f"{after[100_000] / 1024:7.1f} MB   ratio {after[1_000_000] / after[100_000]:6.2f}"
        )


class SlowInventoryPages(InventoryPages):
    """175 pages of 100 records, each answered after 20 ms, rendered before the clock
    starts: a remote server's work does not run on this machine (nor hold its GIL)."""

    total = 17_500
    rendered: dict[int, bytes] = {}

    def do_GET(self) -> None:
        time.sleep(0.02)
        query = parse_qs(urlparse(self.path).query)
        page = int(query.get("page", ["1"])[0])
        per_page = int(query.get("per_page", ["50"])[0])
        cached = self.rendered.get(page) if per_page == 100 else None
        self.answer(cached if cached is not None else self.body(page, per_page))


def concurrent_pages() -> None:
    """175 ERP pages with 20 ms latency at concurrency 1, 4 and 8 (wall time) against the
    bound pages × latency / concurrency."""
    SlowInventoryPages.rendered = {page: SlowInventoryPages.body(page, 100) for page in range(1, 176)}
    with serve_inventory(SlowInventoryPages) as url:
        config = {"service": "erp", "base_url": url, "credentials": {"username": "bench", "password": "bench"}}
        client = kopru.Client(config)
        for concurrency in (1, 4, 8):
            started = time.perf_counter()
            records = sum(1 for _ in client.pages("erp.inventory.list", concurrency=concurrency))
            took = time.perf_counter() - started
            bound = 175 * 0.02 / concurrency
            line = f"Client.pages, 175 pages at 20 ms, concurrency {concurrency}"
            figures = f"{took * 1000:8.0f} ms  bound {bound * 1000:5.0f} ms  {took / bound:6.2f}"
            print(f"{line:<44} {records:>8} {figures}")


if __name__ == "__main__":
    print(f"kopru {kopru.__version__} Python bench (mean per run; ratio = kopru / baseline on the same data)")
    receive_page()
    build_request()
    # Before the large syncs, whose freed memory the allocator keeps for a while.
    memory_over_pages()
    sync_catalogue()
    plan_from_python()
    sync_scaling()
    concurrent_pages()
