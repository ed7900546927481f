-- Drives Neovim headless for test/editors/neovim.test.ts. Loaded with --cmd, before the init file (the
-- README's configuration) and the article: it watches the diagnostics the server publishes, and once
-- Neovim has started (VimEnter) asks for a hover on a quote and the document symbols, appends a quote
-- nobody is credited with and waits for its diagnostic. Every wait polls with a deadline (vim.wait).
-- The findings go to $ISNAD_REPORT as JSON for the test to judge; Neovim then quits (exit 1 on an error).
-- Written for Neovim 0.7 (Debian 12), no later API.
local report = { hover = vim.NIL, symbols = {}, before = {}, after = {} }
local timeout = tonumber(os.getenv('ISNAD_STEP_TIMEOUT_MS') or '15000')
local published = {} -- uri -> number of publishDiagnostics received

local default_publish = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  default_publish(err, result, ctx, config)
  if result and result.uri then published[result.uri] = (published[result.uri] or 0) + 1 end
end

local function write_report()
  local file = assert(io.open(os.getenv('ISNAD_REPORT'), 'w'))
  file:write(vim.fn.json_encode(report))
  file:close()
end

local function wait_for(what, condition)
  if not vim.wait(timeout, condition, 20) then error('timed out waiting for ' .. what, 0) end
end

local function diagnostics(buf)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(out, { line = d.lnum, code = d.code or vim.NIL, message = d.message })
  end
  return out
end

local function has_code(buf, code)
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.code == code then return true end
  end
  return false
end

local function isnad_client(buf)
  for _, c in pairs(vim.lsp.buf_get_clients(buf)) do
    if c.name == 'isnad' then return c end
  end
  return nil
end

local function run()
  local buf = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(buf)
  report.filetype = vim.bo[buf].filetype
  wait_for('the isnad client to attach and initialize', function()
    local c = isnad_client(buf)
    return c ~= nil and c.initialized == true
  end)
  local client = isnad_client(buf)
  report.languageId = client.config.get_language_id(buf, vim.bo[buf].filetype)

  wait_for('the diagnostics published after opening', function() return (published[uri] or 0) > 0 end)
  report.before = diagnostics(buf)

  -- A hover two characters into the quote, as the cursor would be (byte columns: the client converts).
  assert(vim.fn.search(os.getenv('ISNAD_HOVER_AT')) > 0, 'the quote to hover is not in the buffer')
  vim.cmd('normal! 2l')
  local hovers = vim.lsp.buf_request_sync(buf, 'textDocument/hover', vim.lsp.util.make_position_params(), timeout) or {}
  for _, response in pairs(hovers) do
    if response.result and response.result.contents then
      report.hover = table.concat(vim.lsp.util.convert_input_to_markdown_lines(response.result.contents), '\n')
    end
  end

  -- The symbols as :lua vim.lsp.buf.document_symbol() lists them.
  local params = { textDocument = vim.lsp.util.make_text_document_params(buf) }
  local symbols = vim.lsp.buf_request_sync(buf, 'textDocument/documentSymbol', params, timeout) or {}
  for _, response in pairs(symbols) do
    for _, item in ipairs(vim.lsp.util.symbols_to_items(response.result or {}, buf)) do
      table.insert(report.symbols, item.text)
    end
  end

  -- The edit: a new last paragraph holding a quote nobody is credited with.
  vim.api.nvim_buf_set_lines(buf, -1, -1, false, { '', os.getenv('ISNAD_LONE_QUOTE') })
  wait_for('an unattributed-quote diagnostic after the edit', function() return has_code(buf, 'unattributed-quote') end)
  report.after = diagnostics(buf)
end

vim.api.nvim_create_autocmd('VimEnter', {
  once = true,
  callback = function()
    vim.schedule(function()
      local ok, err = pcall(run)
      if not ok then report.error = tostring(err) end
      write_report()
      vim.cmd(ok and 'qall!' or 'cquit!')
    end)
  end,
})
