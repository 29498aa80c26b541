#!/usr/bin/env bash
# Checks the analysts' read-only port with mongosh 1.10.6, as an analyst would use it (docs/read-models.md).
# Start Urakata with the port first, e.g.
#   java -jar standalone/target/urakata.jar --urakata.mongo.analyst-port=27018
# then run: standalone/scripts/check-analyst-port.sh [port]
# It installs mongosh 1.10.6 from npm into a cache directory (telemetry off, in a home of its own) and fails when
# a read does not answer, or when a write or a read of an internal collection is not refused with error 13.
set -euo pipefail
port="${1:-27018}"
cache="${URAKATA_MONGOSH_DIR:-${TMPDIR:-/tmp}/urakata-mongosh-1.10.6}"
if [ ! -x "$cache/node_modules/.bin/mongosh" ]; then
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-audit --no-fund --silent mongosh@1.10.6
fi
export HOME="$cache/home"
mkdir -p "$HOME"
mongosh="$cache/node_modules/.bin/mongosh"
"$mongosh" --nodb --quiet --eval 'disableTelemetry()' > /dev/null
"$mongosh" --quiet "mongodb://127.0.0.1:$port/urakata" --eval '
  const refused = (what, attempt) => {
    try { attempt(); } catch (e) { if (e.code === 13) { print("refused as it should be: " + what); return; } throw e; }
    throw new Error("not refused: " + what);
  };
  const names = db.getCollectionNames();
  print("read models served: " + names.join(", "));
  if (!names.includes("inventory_stock_levels") || names.includes("axon_tracking_tokens")) {
    throw new Error("the port does not list exactly the catalogue");
  }
  printjson(db.inventory_stock_levels.aggregate([
    { $group: { _id: { warehouse: "$warehouseId", currency: "$value.currency" }, value: { $sum: "$value.amount" } } }
  ]).toArray());
  print("audit events: " + db.audit_events.countDocuments());
  const shown = db.audit_events.find({}, { payload: 1 }).toArray();
  if (shown.some(e => "payload" in e) || db.audit_events.countDocuments({ "payload.familyName": { $exists: true } }) > 0) {
    throw new Error("the audit payloads (personal data) are visible");
  }
  print("audit payloads hidden as they should be");
  refused("insert", () => db.inventory_stock_levels.insertOne({ _id: "x" }));
  refused("update", () => db.inventory_stock_levels.updateOne({ _id: "x" }, { $set: { onHand: 1 } }));
  refused("delete", () => db.inventory_stock_levels.deleteMany({}));
  refused("drop", () => db.inventory_stock_levels.drop());
  refused("createIndex", () => db.inventory_stock_levels.createIndex({ sku: 1 }));
  refused("$out", () => db.inventory_stock_levels.aggregate([{ $out: "copy" }]).toArray());
  refused("tokens", () => db.axon_tracking_tokens.findOne());
  refused("personal data", () => db.hr_employee_directory.findOne());
  refused("joining the audit trail", () => db.inventory_stock_levels.aggregate([
    { $lookup: { from: "audit_events", localField: "itemId", foreignField: "aggregateId", as: "e" } }]).toArray());
  print("analysts port: all checks passed");
'
