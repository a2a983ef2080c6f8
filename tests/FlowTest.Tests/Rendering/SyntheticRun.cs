using System.Collections.Generic;
using System.Linq;
using System.Text;
using FlowTest.Artifacts.Digest;
using FlowTest.Artifacts.Rendering;
using FlowTest.Config;
using FlowTest.Reading;

namespace FlowTest.Tests.Rendering;

/// <summary>
/// A realistic run, written by hand as trace.jsonl lines: five xUnit tests of a shop. One checkout
/// passes; one hits a payment-gateway timeout (exception in payments/charge, EXTERNAL.TIMEOUT in
/// orders/submit, both over their SLA, and the test fails); an out-of-stock failure with a class the
/// catalog does not declare inside a passing test; a receipt mail that never ends (orphan) next to
/// a digest that ends without a verdict; a skipped test. Evidence carries redacted values.
/// </summary>
internal static class SyntheticRun
{
    public const string Jsonl = """
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0001","timestamp":"2026-11-22T10:00:00.000100Z","run_id":"20261122T100000Z-a1b2c3","event":"run.started","source":"xunit","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":1,"thread":1,"payload":{"command":"dotnet test Shop.Tests.csproj","machine":"buildhost","flowtest_version":"0.1.0"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0002","timestamp":"2026-11-22T10:00:00.010000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.started","source":"xunit","flow":"ShopTests/Checkout_places_order","flow_id":"1000000000000001","parent_id":null,"trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":2,"thread":7,"code":{"file":"tests/Shop.Tests/CheckoutTests.cs","line":20,"member":"Checkout_places_order"},"tags":{"assembly":"Shop.Tests","framework":"xunit"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0003","timestamp":"2026-11-22T10:00:00.012000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.started","source":"woven","flow":"checkout/place_order","flow_id":"2000000000000001","parent_id":"1000000000000001","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":3,"thread":7,"code":{"file":"src/Shop/Checkout/CheckoutService.cs","line":31,"member":"PlaceOrderAsync"},"payload":{"cartId":"C-1001","lines":3},"correlation":{"cart_id":"C-1001"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0004","timestamp":"2026-11-22T10:00:00.013000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.started","source":"woven","flow":"cart/validate","flow_id":"3000000000000001","parent_id":"2000000000000001","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":4,"thread":7,"code":{"file":"src/Shop/Cart/CartValidator.cs","line":18,"member":"Validate"},"payload":{"lines":3}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0005","timestamp":"2026-11-22T10:00:00.014500Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.checkpoint","source":"api","flow":"cart/validate","flow_id":"3000000000000001","parent_id":"2000000000000001","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":5,"step":"lines_checked","thread":7,"code":{"file":"src/Shop/Cart/CartValidator.cs","line":24,"member":"Validate"},"payload":{"lines":3,"total":"149.70"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0006","timestamp":"2026-11-22T10:00:00.016200Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.ended","source":"woven","flow":"cart/validate","flow_id":"3000000000000001","parent_id":"2000000000000001","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":6,"verdict":"success","duration_ms":3.2,"thread":7,"code":{"file":"src/Shop/Cart/CartValidator.cs","line":18,"member":"Validate"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0007","timestamp":"2026-11-22T10:00:00.017000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.started","source":"woven","flow":"orders/submit","flow_id":"4000000000000001","parent_id":"2000000000000001","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":7,"thread":7,"code":{"file":"src/Shop/Orders/OrderService.cs","line":42,"member":"SubmitAsync"},"payload":{"orderId":"ORD-1001","items":3},"correlation":{"order_id":"ORD-1001"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0008","timestamp":"2026-11-22T10:00:00.020000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.started","source":"woven","flow":"payments/charge","flow_id":"5000000000000001","parent_id":"4000000000000001","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":8,"thread":9,"code":{"file":"src/Shop/Payments/GatewayClient.cs","line":75,"member":"ChargeAsync"},"payload":{"amount":"149.70","currency":"EUR","card_token":"REDACTED"},"redacted_fields":["payload.card_token"]}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0009","timestamp":"2026-11-22T10:00:00.115200Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.metric","source":"api","flow":"payments/charge","flow_id":"5000000000000001","parent_id":"4000000000000001","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":9,"step":"gateway_ms","thread":9,"code":{"file":"src/Shop/Payments/GatewayClient.cs","line":81,"member":"ChargeAsync"},"payload":{"value":95.2,"unit":"ms"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0010","timestamp":"2026-11-22T10:00:00.140000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.ended","source":"woven","flow":"payments/charge","flow_id":"5000000000000001","parent_id":"4000000000000001","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":10,"verdict":"success","duration_ms":120.0,"thread":9,"code":{"file":"src/Shop/Payments/GatewayClient.cs","line":75,"member":"ChargeAsync"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0011","timestamp":"2026-11-22T10:00:00.195000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.success","source":"api","flow":"orders/submit","flow_id":"4000000000000001","parent_id":"2000000000000001","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":11,"reason":"ack received","thread":7,"code":{"file":"src/Shop/Orders/OrderService.cs","line":71,"member":"SubmitAsync"},"payload":{"orderId":"ORD-1001","ack":"A-77"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0012","timestamp":"2026-11-22T10:00:00.197000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.ended","source":"woven","flow":"orders/submit","flow_id":"4000000000000001","parent_id":"2000000000000001","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":12,"verdict":"success","duration_ms":180.0,"thread":7,"code":{"file":"src/Shop/Orders/OrderService.cs","line":42,"member":"SubmitAsync"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0013","timestamp":"2026-11-22T10:00:00.222000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.ended","source":"woven","flow":"checkout/place_order","flow_id":"2000000000000001","parent_id":"1000000000000001","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":13,"verdict":"success","duration_ms":210.0,"thread":7,"code":{"file":"src/Shop/Checkout/CheckoutService.cs","line":31,"member":"PlaceOrderAsync"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0014","timestamp":"2026-11-22T10:00:00.270000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.ended","source":"xunit","flow":"ShopTests/Checkout_places_order","flow_id":"1000000000000001","parent_id":null,"trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":14,"verdict":"success","duration_ms":260.0,"thread":7,"code":{"file":"tests/Shop.Tests/CheckoutTests.cs","line":20,"member":"Checkout_places_order"},"tags":{"assembly":"Shop.Tests","framework":"xunit"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0015","timestamp":"2026-11-22T10:00:00.300000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.started","source":"xunit","flow":"ShopTests/Checkout_survives_gateway_timeout","flow_id":"1000000000000002","parent_id":null,"trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":15,"thread":7,"code":{"file":"tests/Shop.Tests/CheckoutTests.cs","line":41,"member":"Checkout_survives_gateway_timeout"},"tags":{"assembly":"Shop.Tests","framework":"xunit"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0016","timestamp":"2026-11-22T10:00:00.301000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.started","source":"woven","flow":"checkout/place_order","flow_id":"2000000000000002","parent_id":"1000000000000002","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":16,"thread":7,"code":{"file":"src/Shop/Checkout/CheckoutService.cs","line":31,"member":"PlaceOrderAsync"},"payload":{"cartId":"C-1002","lines":1},"correlation":{"cart_id":"C-1002"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0017","timestamp":"2026-11-22T10:00:00.302000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.started","source":"woven","flow":"cart/validate","flow_id":"3000000000000002","parent_id":"2000000000000002","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":17,"thread":7,"code":{"file":"src/Shop/Cart/CartValidator.cs","line":18,"member":"Validate"},"payload":{"lines":1}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0018","timestamp":"2026-11-22T10:00:00.306100Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.ended","source":"woven","flow":"cart/validate","flow_id":"3000000000000002","parent_id":"2000000000000002","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":18,"verdict":"success","duration_ms":4.1,"thread":7,"code":{"file":"src/Shop/Cart/CartValidator.cs","line":18,"member":"Validate"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0019","timestamp":"2026-11-22T10:00:00.307000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.started","source":"woven","flow":"orders/submit","flow_id":"4000000000000002","parent_id":"2000000000000002","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":19,"thread":7,"code":{"file":"src/Shop/Orders/OrderService.cs","line":42,"member":"SubmitAsync"},"payload":{"orderId":"ORD-1002","items":1},"correlation":{"order_id":"ORD-1002"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0020","timestamp":"2026-11-22T10:00:00.308000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.started","source":"woven","flow":"payments/charge","flow_id":"5000000000000002","parent_id":"4000000000000002","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":20,"thread":9,"code":{"file":"src/Shop/Payments/GatewayClient.cs","line":75,"member":"ChargeAsync"},"payload":{"amount":"49.90","currency":"EUR","card_token":"REDACTED"},"redacted_fields":["payload.card_token"]}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0021","timestamp":"2026-11-22T10:00:01.808400Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.metric","source":"api","flow":"payments/charge","flow_id":"5000000000000002","parent_id":"4000000000000002","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":21,"step":"gateway_ms","thread":9,"code":{"file":"src/Shop/Payments/GatewayClient.cs","line":81,"member":"ChargeAsync"},"payload":{"value":1500.4,"unit":"ms"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0022","timestamp":"2026-11-22T10:00:01.810000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.exception","source":"woven","flow":"payments/charge","flow_id":"5000000000000002","parent_id":"4000000000000002","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":22,"exception":{"type":"System.TimeoutException","message":"The payment gateway did not answer within 1500 ms.","stack":"   at Shop.Payments.GatewayClient.ChargeAsync(Payment payment) in /src/Shop/Payments/GatewayClient.cs:line 88\n   at Shop.Orders.OrderService.SubmitAsync(Order order) in /src/Shop/Orders/OrderService.cs:line 55","file":"src/Shop/Payments/GatewayClient.cs","line":88},"thread":9,"code":{"file":"src/Shop/Payments/GatewayClient.cs","line":75,"member":"ChargeAsync"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0023","timestamp":"2026-11-22T10:00:01.811200Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.ended","source":"woven","flow":"payments/charge","flow_id":"5000000000000002","parent_id":"4000000000000002","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":23,"verdict":"exception","duration_ms":1503.2,"thread":9,"code":{"file":"src/Shop/Payments/GatewayClient.cs","line":75,"member":"ChargeAsync"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0024","timestamp":"2026-11-22T10:00:01.845000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.failure","source":"api","flow":"orders/submit","flow_id":"4000000000000002","parent_id":"2000000000000002","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":24,"failure_class":"EXTERNAL.TIMEOUT","severity":"error","reason":"payment gateway timed out; order left unpaid","thread":7,"code":{"file":"src/Shop/Orders/OrderService.cs","line":67,"member":"SubmitAsync"},"payload":{"orderId":"ORD-1002","amount":"49.90","attempts":1,"gateway_api_key":"REDACTED"},"redacted_fields":["payload.gateway_api_key"],"correlation":{"order_id":"ORD-1002"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0025","timestamp":"2026-11-22T10:00:01.847700Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.ended","source":"woven","flow":"orders/submit","flow_id":"4000000000000002","parent_id":"2000000000000002","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":25,"verdict":"failure","duration_ms":1540.7,"thread":7,"code":{"file":"src/Shop/Orders/OrderService.cs","line":42,"member":"SubmitAsync"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0026","timestamp":"2026-11-22T10:00:01.853000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.ended","source":"woven","flow":"checkout/place_order","flow_id":"2000000000000002","parent_id":"1000000000000002","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":26,"verdict":"failure","duration_ms":1552.0,"thread":7,"code":{"file":"src/Shop/Checkout/CheckoutService.cs","line":31,"member":"PlaceOrderAsync"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0027","timestamp":"2026-11-22T10:00:01.899000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.exception","source":"xunit","flow":"ShopTests/Checkout_survives_gateway_timeout","flow_id":"1000000000000002","parent_id":null,"trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":27,"exception":{"type":"Xunit.Sdk.EqualException","message":"Assert.Equal() Failure: Values differ\nExpected: Submitted\nActual:   PaymentFailed","stack":"   at Shop.Tests.CheckoutTests.Checkout_survives_gateway_timeout() in /src/tests/Shop.Tests/CheckoutTests.cs:line 57","file":"tests/Shop.Tests/CheckoutTests.cs","line":57},"thread":7,"code":{"file":"tests/Shop.Tests/CheckoutTests.cs","line":41,"member":"Checkout_survives_gateway_timeout"},"tags":{"assembly":"Shop.Tests","framework":"xunit"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0028","timestamp":"2026-11-22T10:00:01.900000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.ended","source":"xunit","flow":"ShopTests/Checkout_survives_gateway_timeout","flow_id":"1000000000000002","parent_id":null,"trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":28,"verdict":"exception","duration_ms":1600.0,"thread":7,"code":{"file":"tests/Shop.Tests/CheckoutTests.cs","line":41,"member":"Checkout_survives_gateway_timeout"},"tags":{"assembly":"Shop.Tests","framework":"xunit"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0029","timestamp":"2026-11-22T10:00:02.000000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.started","source":"xunit","flow":"ShopTests/Inventory_reports_out_of_stock","flow_id":"1000000000000003","parent_id":null,"trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":29,"thread":7,"code":{"file":"tests/Shop.Tests/InventoryTests.cs","line":15,"member":"Inventory_reports_out_of_stock"},"tags":{"assembly":"Shop.Tests","framework":"xunit"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0030","timestamp":"2026-11-22T10:00:02.001000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.started","source":"woven","flow":"inventory/reserve","flow_id":"6000000000000001","parent_id":"1000000000000003","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":30,"thread":7,"code":{"file":"src/Shop/Inventory/StockService.cs","line":23,"member":"Reserve"},"payload":{"sku":"KB-42","quantity":2}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0031","timestamp":"2026-11-22T10:00:02.012500Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.failure","source":"api","flow":"inventory/reserve","flow_id":"6000000000000001","parent_id":"1000000000000003","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":31,"failure_class":"BUSINESS.OUT_OF_STOCK","severity":"warn","reason":"sku KB-42 has 0 left, 2 requested","thread":7,"code":{"file":"src/Shop/Inventory/StockService.cs","line":37,"member":"Reserve"},"payload":{"sku":"KB-42","requested":2,"available":0}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0032","timestamp":"2026-11-22T10:00:02.013500Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.ended","source":"woven","flow":"inventory/reserve","flow_id":"6000000000000001","parent_id":"1000000000000003","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":32,"verdict":"failure","duration_ms":12.5,"thread":7,"code":{"file":"src/Shop/Inventory/StockService.cs","line":23,"member":"Reserve"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0033","timestamp":"2026-11-22T10:00:02.020000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.ended","source":"xunit","flow":"ShopTests/Inventory_reports_out_of_stock","flow_id":"1000000000000003","parent_id":null,"trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":33,"verdict":"success","duration_ms":20.0,"thread":7,"code":{"file":"tests/Shop.Tests/InventoryTests.cs","line":15,"member":"Inventory_reports_out_of_stock"},"tags":{"assembly":"Shop.Tests","framework":"xunit"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0034","timestamp":"2026-11-22T10:00:02.100000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.started","source":"xunit","flow":"ShopTests/Receipt_is_emailed","flow_id":"1000000000000004","parent_id":null,"trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":34,"thread":7,"code":{"file":"tests/Shop.Tests/ReceiptTests.cs","line":12,"member":"Receipt_is_emailed"},"tags":{"assembly":"Shop.Tests","framework":"xunit"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0035","timestamp":"2026-11-22T10:00:02.101000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.started","source":"api","flow":"email/send_receipt","flow_id":"7000000000000001","parent_id":"1000000000000004","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":35,"thread":11,"code":{"file":"src/Shop/Notifications/ReceiptMailer.cs","line":15,"member":"SendAsync"},"payload":{"orderId":"ORD-1001","to":"REDACTED"},"redacted_fields":["payload.to"]}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0036","timestamp":"2026-11-22T10:00:02.105000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.checkpoint","source":"api","flow":"email/send_receipt","flow_id":"7000000000000001","parent_id":"1000000000000004","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":36,"step":"smtp_connected","thread":11,"code":{"file":"src/Shop/Notifications/ReceiptMailer.cs","line":22,"member":"SendAsync"},"payload":{"host":"smtp.test.local","port":2525}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0037","timestamp":"2026-11-22T10:00:02.106000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.started","source":"api","flow":"notifications/digest","flow_id":"8000000000000001","parent_id":"1000000000000004","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":37,"thread":7,"code":{"file":"src/Shop/Notifications/DigestBuilder.cs","line":12,"member":"Build"},"payload":{"entries":0}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0038","timestamp":"2026-11-22T10:00:02.108000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.ended","source":"api","flow":"notifications/digest","flow_id":"8000000000000001","parent_id":"1000000000000004","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":38,"verdict":"incomplete","duration_ms":2.0,"thread":7,"code":{"file":"src/Shop/Notifications/DigestBuilder.cs","line":12,"member":"Build"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0039","timestamp":"2026-11-22T10:00:02.140000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.ended","source":"xunit","flow":"ShopTests/Receipt_is_emailed","flow_id":"1000000000000004","parent_id":null,"trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":39,"verdict":"success","duration_ms":40.0,"thread":7,"code":{"file":"tests/Shop.Tests/ReceiptTests.cs","line":12,"member":"Receipt_is_emailed"},"tags":{"assembly":"Shop.Tests","framework":"xunit"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0040","timestamp":"2026-11-22T10:00:02.200000Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.started","source":"xunit","flow":"ShopTests/Legacy_export_is_skipped","flow_id":"1000000000000005","parent_id":null,"trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":40,"thread":7,"code":{"file":"tests/Shop.Tests/ExportTests.cs","line":9,"member":"Legacy_export_is_skipped"},"tags":{"assembly":"Shop.Tests","framework":"xunit"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0041","timestamp":"2026-11-22T10:00:02.200100Z","run_id":"20261122T100000Z-a1b2c3","event":"flow.ended","source":"xunit","flow":"ShopTests/Legacy_export_is_skipped","flow_id":"1000000000000005","parent_id":null,"trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":41,"verdict":"skipped","duration_ms":0.1,"reason":"legacy exporter retired","thread":7,"code":{"file":"tests/Shop.Tests/ExportTests.cs","line":9,"member":"Legacy_export_is_skipped"},"tags":{"assembly":"Shop.Tests","framework":"xunit"}}
        {"schema_version":"1","event_id":"01JDB8XQ5K3M7N9P2R4T6V0042","timestamp":"2026-11-22T10:00:02.300000Z","run_id":"20261122T100000Z-a1b2c3","event":"run.ended","source":"xunit","trace_id":"0af7651916cd43dd8448eb211c80319c","node":"buildhost/4242","seq":42,"thread":1,"payload":{"events_written":42,"events_dropped":0}}
        """;

    public static IReadOnlyList<string> Lines => Jsonl.Split('\n');

    public static FlowCatalog Catalog { get; } = new(new Dictionary<string, FlowDefinition>
    {
        ["checkout/place_order"] = new()
        {
            Id = "checkout/place_order",
            Description = "Place an order for the current cart: validate, submit, pay.",
            SuccessCriteria = new[] { "order status = Submitted" },
            FailureClasses = new[] { "EXTERNAL.TIMEOUT", "BUSINESS.PAYMENT_DECLINED" },
            CodeRefs = new[] { "src/Shop/Checkout/CheckoutService.cs" },
        },
        ["orders/submit"] = new()
        {
            Id = "orders/submit",
            Description = "Submit the order to the payment gateway and wait for the ack.",
            Parent = "checkout/place_order",
            SuccessCriteria = new[] { "ack received with order id" },
            FailureClasses = new[] { "EXTERNAL.TIMEOUT", "EXTERNAL.REJECTED" },
            CorrelationKeys = new[] { "order_id" },
            CodeRefs = new[] { "src/Shop/Orders/OrderService.cs" },
            SlaP95Ms = 1000,
        },
        ["payments/charge"] = new()
        {
            Id = "payments/charge",
            Parent = "orders/submit",
            FailureClasses = new[] { "EXTERNAL" },
            CodeRefs = new[] { "src/Shop/Payments/GatewayClient.cs" },
            SlaP95Ms = 2000,
        },
        ["inventory/reserve"] = new()
        {
            Id = "inventory/reserve",
            Description = "Reserve stock for each order line.",
            FailureClasses = new[] { "DATA.STALE_STOCK", "EXTERNAL.WAREHOUSE" },
            CodeRefs = new[] { "src/Shop/Inventory/StockService.cs" },
        },
    });

    /// <summary>Default buckets; the override makes payments/charge stricter than its catalog SLA.</summary>
    public static PerformanceConfig Performance { get; } = new()
    {
        SlaP95Ms = new Dictionary<string, double> { ["payments/charge"] = 800 },
    };

    public static RunHeader Header { get; } = new()
    {
        RunId = "20261122T100000Z-a1b2c3",
        Status = RunHeader.StatusFailed,
        StartedAt = new System.DateTimeOffset(2026, 11, 22, 10, 0, 0, 0, System.TimeSpan.Zero),
        EndedAt = new System.DateTimeOffset(2026, 11, 22, 10, 0, 2, 310, System.TimeSpan.Zero),
        GitSha = "3f2c1a9e5b7d4c1f0a2b3c4d5e6f708192a3b4c5",
        GitBranch = "feature/gateway-timeouts",
        Machine = "buildhost",
        Command = "dotnet test Shop.Tests.csproj",
        FlowTestVersion = "0.1.0",
        RunDirectory = ".flowtest/runs/20261122T100000Z-a1b2c3",
        TracePath = ".flowtest/runs/20261122T100000Z-a1b2c3/trace.jsonl",
        RunJsonPath = ".flowtest/runs/20261122T100000Z-a1b2c3/run.json",
        SummaryPath = ".flowtest/runs/20261122T100000Z-a1b2c3/summary.md",
        AskPath = ".flowtest/runs/20261122T100000Z-a1b2c3/ask.md",
    };

    public static IReadOnlyList<TraceRecord> Records() =>
        Lines.Select(line => TraceLineParser.TryParse(Encoding.UTF8.GetBytes(line), out var record)
            ? record
            : throw new System.InvalidOperationException("synthetic line does not parse: " + line)).ToList();

    public static RunDigest Digest(RunDigestOptions? options = null) => RunDigest.From(Records(), options);
}
