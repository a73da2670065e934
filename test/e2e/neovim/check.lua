-- A second real LSP client: Neovim's own, headless. It starts the language server over stdio, opens each file
-- named in POLICY_LENS_FILES (separated by ';'), waits for its diagnostics and writes them as JSON to
-- POLICY_LENS_OUT, then quits. test/e2e/neovim.ts compares them with what the files must show.
local server = os.getenv('POLICY_LENS_SERVER')
local out = os.getenv('POLICY_LENS_OUT')
local files = vim.split(os.getenv('POLICY_LENS_FILES'), ';', { plain = true })

local client_id = vim.lsp.start_client({
  name = 'policy-lens',
  cmd = { 'node', server, '--stdio' },
  root_dir = vim.fn.getcwd(),
  settings = { policyLens = { rules = {} } },
})

local results = { client = client_id ~= nil, files = {} }
for _, file in ipairs(files) do
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local buffer = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buffer, client_id)
  local got = vim.wait(15000, function()
    return #vim.diagnostic.get(buffer) > 0
  end, 50)
  local shown = {}
  for _, d in ipairs(vim.diagnostic.get(buffer)) do
    local lsp = d.user_data and d.user_data.lsp or {}
    table.insert(shown, {
      code = d.code or lsp.code,
      source = d.source,
      severity = d.severity,
      range = string.format('%d:%d-%d:%d', d.lnum, d.col, d.end_lnum, d.end_col),
      message = d.message,
    })
  end
  table.sort(shown, function(a, b) return a.range < b.range end)
  results.files[vim.fn.fnamemodify(file, ':t')] = { arrived = got, filetype = vim.bo.filetype, diagnostics = shown }
end

local handle = io.open(out, 'w')
handle:write(vim.fn.json_encode(results))
handle:close()
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
