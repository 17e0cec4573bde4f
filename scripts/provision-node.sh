#!/usr/bin/env bash
# Lays out a Node 24 prefix in .tools/node for the Vaadin frontend build.
# Vaadin 25 refuses Node < 24 and would otherwise try to download Node itself, which some
# build machines cannot do. Node 24 comes from the npm registry as the "node" package; Vaadin
# also wants npm's npm-cli.js beside the node binary, so the prefix links the machine's npm.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
prefix="$root/.tools/node"
want_major=24

major_of() { "$1" --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/'; }

if [ -x "$prefix/bin/node" ] && [ "$(major_of "$prefix/bin/node")" = "$want_major" ] \
   && [ -f "$prefix/lib/node_modules/npm/bin/npm-cli.js" ]; then
  exit 0
fi

npm_dir=""
if command -v npm >/dev/null 2>&1; then
  npm_dir="$(npm root -g 2>/dev/null)/npm"
fi
if [ ! -f "$npm_dir/bin/npm-cli.js" ]; then
  echo "provision-node: npm is needed to fetch Node $want_major (install nodejs and npm first)" >&2
  exit 1
fi

mkdir -p "$prefix/bin" "$prefix/lib/node_modules"
system_node="$(command -v node || true)"
if [ -n "$system_node" ] && [ "$(major_of "$system_node")" = "$want_major" ]; then
  node_bin="$system_node"
else
  pkg="$root/.tools/node-pkg"
  echo "provision-node: installing node@$want_major from the npm registry into $pkg"
  npm install --no-audit --no-fund --silent --prefix "$pkg" "node@$want_major" >/dev/null
  node_bin="$(find "$pkg/node_modules/node" -path '*/bin/node' -type f | head -1)"
  [ -n "$node_bin" ] || { echo "provision-node: node@$want_major package has no bin/node" >&2; exit 1; }
fi
ln -sfn "$node_bin" "$prefix/bin/node"
ln -sfn "$npm_dir" "$prefix/lib/node_modules/npm"
cat > "$prefix/bin/npm" <<NPM
#!/bin/sh
exec "$prefix/bin/node" "$prefix/lib/node_modules/npm/bin/npm-cli.js" "\$@"
NPM
chmod +x "$prefix/bin/npm"
echo "provision-node: using $("$prefix/bin/node" --version) from $node_bin"
