// The code editor of every cell: CodeMirror 6, bundled by the build
// (esbuild, from web/package-lock.json) into the site's editor.js.
//
// Python and R colouring; the editor is as tall as its code (no scrolling
// inside it) and long lines scroll sideways, never wrap. Shift+Enter and
// Ctrl/Cmd+Enter run the cell. Tab indents, as in every code editor; so that
// Tab never traps the keyboard, Escape then Tab moves on (CodeMirror's own
// rule), and the page says so. Left out: autocompletion, search, lint.
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { python } from "@codemirror/lang-python";
import {
  HighlightStyle,
  bracketMatching,
  indentOnInput,
  indentUnit,
  syntaxHighlighting,
} from "@codemirror/language";
import { EditorState, Prec } from "@codemirror/state";
import { EditorView, drawSelection, highlightSpecialChars, keymap, lineNumbers } from "@codemirror/view";
import { tags } from "@lezer/highlight";
import { r } from "codemirror-lang-r";

// Colours that keep at least 4.5:1 against the editor's white (WCAG AA).
const colours = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword, tags.operatorKeyword], color: "#7b1fa2" },
  { tag: [tags.bool, tags.null, tags.atom, tags.special(tags.variableName)], color: "#1a4fa0" },
  { tag: [tags.number, tags.integer, tags.float], color: "#116644" },
  { tag: [tags.string, tags.special(tags.string), tags.character], color: "#a11111" },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: "#6a5a30", fontStyle: "italic" },
  { tag: [tags.function(tags.definition(tags.variableName)), tags.definition(tags.className)], color: "#0033b3" },
  { tag: [tags.function(tags.variableName), tags.function(tags.propertyName)], color: "#00536b" },
  { tag: tags.invalid, color: "#b00020" },
]);

const LANGUAGE = { python: () => python(), r: () => r() };
const UNIT = { python: "    ", r: "  " };

// parent: where the editor goes; doc: its code; language: "python" or "r";
// label: its accessible name; run(): what Shift+Enter does;
// changed(code): called after every edit.
export function createEditor({ parent, doc, language, label, describedBy, run, changed }) {
  const runKeys = Prec.highest(
    keymap.of([
      { key: "Shift-Enter", run: () => (run(), true) },
      { key: "Mod-Enter", run: () => (run(), true) },
    ]),
  );
  // tabindex: the editable text is a tab stop anyway; said so, checkers
  // (axe-core) see that a box scrolled sideways can be reached by keyboard
  const attributes = { "aria-label": label, tabindex: "0" };
  if (describedBy) attributes["aria-describedby"] = describedBy;
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        runKeys,
        lineNumbers(),
        highlightSpecialChars(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        indentUnit.of(UNIT[language]),
        EditorState.tabSize.of(UNIT[language].length),
        LANGUAGE[language](),
        syntaxHighlighting(colours),
        keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
        EditorView.contentAttributes.of(attributes),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) changed(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    view,
    get value() {
      return view.state.doc.toString();
    },
    // Puts code in the editor (Reset, Solution): shown from its first line and column.
    set value(code) {
      view.dispatch({
        changes: { from: 0, to: view.state.doc.length, insert: code },
        selection: { anchor: 0 },
        scrollIntoView: true,
      });
      view.scrollDOM.scrollTop = 0;
      view.scrollDOM.scrollLeft = 0;
    },
    focus() {
      view.focus();
    },
  };
}
