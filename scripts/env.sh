# Source this to use the Node that scripts/setup.sh installed (when the machine's is older).
_shipshape_node="${SHIPSHAPE_STATE_DIR:-/var/tmp/shipshape-bench}/node-v24/bin"
if [ -x "$_shipshape_node/node" ]; then
  case ":$PATH:" in *":$_shipshape_node:"*) ;; *) export PATH="$_shipshape_node:$PATH" ;; esac
fi
unset _shipshape_node
