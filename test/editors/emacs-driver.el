;;; emacs-driver.el --- drives Emacs in batch mode for test/editors/emacs.test.ts  -*- lexical-binding: t -*-

;; Loaded after the README's configuration (as init.el would be).  Opens the article, asks for a hover
;; on a quote (through eglot's eldoc function) and the symbols (eglot's imenu index), inserts a quote
;; nobody is credited with and waits for its Flymake diagnostic.  Every wait polls with a deadline.
;; The findings go to $ISNAD_REPORT as JSON for the test to judge; Emacs exits 1 on an error.
;;
;; Batch Emacs has no command loop: nothing runs `post-command-hook' and Emacs is never idle, yet
;; eglot-ensure and Flymake start from the first, and eglot sends changes from an idle timer.  The
;; driver runs the hook after each of its "commands" and, while it waits, the idle timers, as an
;; interactive Emacs would.  Written for Emacs 28 with eglot 1.9 (Debian 12).

(require 'cl-lib)
(require 'json)
(require 'eglot)
(require 'flymake)

(defvar isnad-test-timeout
  (/ (string-to-number (or (getenv "ISNAD_STEP_TIMEOUT_MS") "15000")) 1000.0))

(defvar isnad-test-published 0 "The number of publishDiagnostics received.")

(advice-add 'eglot-handle-notification :after
            (lambda (_server method &rest _params)
              (when (eq method 'textDocument/publishDiagnostics)
                (cl-incf isnad-test-published))))

(defun isnad-test-command-done ()
  "What the command loop does after a command."
  (run-hooks 'post-command-hook))

(defun isnad-test-idle ()
  "Run the idle timers, as an interactive Emacs would once the user pauses."
  (dolist (timer (copy-sequence timer-idle-list))
    (timer-event-handler timer)))

(defun isnad-test-wait (what predicate)
  "Poll PREDICATE until it is non-nil or `isnad-test-timeout' passes; WHAT names it in the error."
  (let ((deadline (+ (float-time) isnad-test-timeout)))
    (while (and (not (funcall predicate)) (< (float-time) deadline))
      (isnad-test-idle)
      (accept-process-output nil 0.05))
    (or (funcall predicate) (error "Timed out waiting for %s" what))))

(defun isnad-test-diagnostics ()
  (vconcat
   (mapcar (lambda (d)
             (let ((text (flymake-diagnostic-text d)))
               (list :line (1- (line-number-at-pos (flymake-diagnostic-beg d)))
                     :code (if (string-match "\\[\\([^]]+\\)\\]" text) (match-string 1 text) nil)
                     :message text)))
           (flymake-diagnostics))))

(defun isnad-test-has-code (code)
  (cl-some (lambda (d) (string-match-p (regexp-quote (format "[%s]" code)) (flymake-diagnostic-text d)))
           (flymake-diagnostics)))

(defun isnad-test-imenu-names (index)
  "All names in an imenu INDEX, groups and entries."
  (cl-loop for (name . rest) in index
           collect name
           when (consp rest) append (isnad-test-imenu-names rest)))

(defun isnad-test-run (report)
  (find-file (getenv "ISNAD_ARTICLE"))
  (isnad-test-command-done)
  (isnad-test-wait "eglot to manage the buffer" #'eglot-managed-p)
  (plist-put report :filetype (symbol-name major-mode))
  (plist-put report :languageId (eglot--language-id (eglot-current-server)))
  (isnad-test-command-done) ; Flymake starts after the command that turned it on
  (isnad-test-wait "the diagnostics published after opening" (lambda () (> isnad-test-published 0)))
  (isnad-test-command-done)
  (plist-put report :before (isnad-test-diagnostics))

  ;; A hover two characters into the quote, through the function eldoc calls.
  (goto-char (point-min))
  (search-forward (getenv "ISNAD_HOVER_AT"))
  (goto-char (+ (match-beginning 0) 2))
  (let (hover)
    (eglot-hover-eldoc-function (lambda (info &rest _) (setq hover (or info ""))))
    (isnad-test-wait "the hover" (lambda () hover))
    (plist-put report :hover (if (string-empty-p hover) nil (substring-no-properties hover))))

  ;; The symbols as M-x imenu offers them.
  (plist-put report :symbols (vconcat (mapcar #'substring-no-properties (isnad-test-imenu-names (eglot-imenu)))))

  ;; The edit: a new last paragraph holding a quote nobody is credited with.
  (goto-char (point-max))
  (insert "\n" (getenv "ISNAD_LONE_QUOTE") "\n")
  (isnad-test-command-done)
  (isnad-test-wait "an unattributed-quote diagnostic after the edit"
                   (lambda () (isnad-test-has-code "unattributed-quote")))
  (plist-put report :after (isnad-test-diagnostics))
  report)

(let ((report (list :hover nil :symbols [] :before [] :after []))
      (ok t))
  (condition-case err
      (setq report (isnad-test-run report))
    (error (setq ok nil)
           (setq report (plist-put report :error (error-message-string err)))))
  (let ((coding-system-for-write 'utf-8))
    (write-region (json-encode report) nil (getenv "ISNAD_REPORT") nil 'silent))
  (when (eglot-current-server)
    (ignore-errors (eglot-shutdown (eglot-current-server))))
  (kill-emacs (if ok 0 1)))

;;; emacs-driver.el ends here
