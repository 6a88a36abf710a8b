/* diptych-diff-format.c: a diff as JSON, as a word diff for terminals or as a web page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-diff-format"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>

#include "diptych-diff-format.h"
#include "diptych-json-writer.h"
#include "diptych-diff-private.h"

#define ANSI_RESET   "\033[m"
#define ANSI_DELETE  "\033[31m"
#define ANSI_INSERT  "\033[32m"
#define ANSI_MOVE    "\033[36m"
#define ANSI_FAINT   "\033[2m"

/**
 * diptych_diff_compute_stats_for_classes:
 * @classes: the change classes to count, as DIPTYCH_CHANGE_CLASS_BIT()s
 *
 * Counts the changes of @diff in @classes per class. A move counts in its
 * class (content, as a rule) like any other change, so that the classes add
 * up to the changes listed; @stats->moved says how many of them are moves.
 */
void
diptych_diff_compute_stats_for_classes (DiptychDiff      *diff,
                                        guint             classes,
                                        DiptychDiffStats *stats)
{
  guint n;

  g_return_if_fail (DIPTYCH_IS_DIFF (diff));
  g_return_if_fail (stats != NULL);

  memset (stats, 0, sizeof *stats);
  n = diptych_diff_get_n_changes (diff);

  for (guint i = 0; i < n; i++)
    {
      const DiptychChange *change = diptych_diff_get_change (diff, i);

      if ((classes & DIPTYCH_CHANGE_CLASS_BIT (change->change_class)) == 0)
        continue;

      if (change->op == DIPTYCH_CHANGE_MOVE)
        stats->moved++;

      switch (change->change_class)
        {
        case DIPTYCH_CHANGE_CLASS_CONTENT:     stats->content++;     break;
        case DIPTYCH_CHANGE_CLASS_PUNCTUATION: stats->punctuation++; break;
        case DIPTYCH_CHANGE_CLASS_TYPOGRAPHY:  stats->typography++;  break;
        case DIPTYCH_CHANGE_CLASS_LAYOUT:      stats->layout++;      break;
        case DIPTYCH_N_CHANGE_CLASSES:
        default:
          g_assert_not_reached ();
        }
    }
}

/**
 * diptych_diff_compute_stats:
 *
 * Counts all the changes of @diff per class; see
 * diptych_diff_compute_stats_for_classes().
 */
void
diptych_diff_compute_stats (DiptychDiff      *diff,
                            DiptychDiffStats *stats)
{
  diptych_diff_compute_stats_for_classes (diff, DIPTYCH_ALL_CHANGE_CLASSES, stats);
}

/**
 * diptych_diff_stats_to_summary:
 *
 * Returns: (transfer full): a sentence such as "5 word changes, 1 punctuation,
 *   20 typography, 18 layout", or "No differences"
 */
char *
diptych_diff_stats_to_summary (const DiptychDiffStats *stats)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (stats != NULL, NULL);

  /* Moves are content changes, named apart. */
  if (stats->content > stats->moved)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u word change",
                                                          "%u word changes",
                                                          stats->content - stats->moved),
                                             stats->content - stats->moved));
  if (stats->moved > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                          "%u moved passage",
                                                          "%u moved passages",
                                                          stats->moved),
                                             stats->moved));
  if (stats->punctuation > 0)
    /* Translators: a count of punctuation changes */
    g_ptr_array_add (parts, g_strdup_printf (_("%u punctuation"), stats->punctuation));
  if (stats->typography > 0)
    /* Translators: a count of typography changes (quotes, dashes, spaces) */
    g_ptr_array_add (parts, g_strdup_printf (_("%u typography"), stats->typography));
  if (stats->layout > 0)
    /* Translators: a count of layout changes (line and paragraph breaks) */
    g_ptr_array_add (parts, g_strdup_printf (_("%u layout"), stats->layout));

  if (parts->len == 0)
    return g_strdup (_("No differences"));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (", ", (char **)parts->pdata);
}

/**
 * diptych_parse_change_classes:
 * @list: comma-separated class names, e.g. "typography,layout"
 * @classes: (out): the set of classes, as DIPTYCH_CHANGE_CLASS_BIT()s
 *
 * Returns: %FALSE with @error set if a name is not a change class
 */
gboolean
diptych_parse_change_classes (const char  *list,
                              guint       *classes,
                              GError     **error)
{
  g_auto(GStrv) names = NULL;
  guint set = 0;

  g_return_val_if_fail (list != NULL, FALSE);
  g_return_val_if_fail (classes != NULL, FALSE);

  names = g_strsplit (list, ",", -1);
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *name = g_strstrip (names[i]);
      DiptychChangeClass change_class;

      if (*name == '\0')
        continue;

      if (!diptych_change_class_from_string (name, &change_class))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                       _("Unknown change class “%s” (expected content, punctuation, typography or layout)"),
                       name);
          return FALSE;
        }
      set |= DIPTYCH_CHANGE_CLASS_BIT (change_class);
    }

  *classes = set;
  return TRUE;
}

static gboolean
change_is_shown (const DiptychChange *change,
                 guint                classes)
{
  return (classes & DIPTYCH_CHANGE_CLASS_BIT (change->change_class)) != 0;
}



/* @start and @end are code points, @byte_start and @byte_end the same
 * offsets in bytes.
 */
static void
append_side (GString    *out,
             const char *contents,
             gsize       start,
             gsize       end,
             gsize       byte_start,
             gsize       byte_end)
{
  DIPTYCH_JSON_PUT_LITERAL (out, "{\"start\": ");
  diptych_json_append_uint (out, start);
  DIPTYCH_JSON_PUT_LITERAL (out, ", \"end\": ");
  diptych_json_append_uint (out, end);
  DIPTYCH_JSON_PUT_LITERAL (out, ", \"text\": ");
  diptych_json_append_string (out, contents + byte_start, byte_end - byte_start);
  g_string_append_c (out, '}');
}

static void
append_document (GString     *out,
                 const char  *name,
                 const char  *path,
                 DiptychText *text)
{
  /* A file name need not be UTF-8; JSON must be. */
  g_autofree char *display = g_filename_display_name (path);

  g_string_append_printf (out, "  \"%s\": {\"path\": ", name);
  diptych_json_append_string (out, display, strlen (display));
  g_string_append_printf (out, ", \"chars\": %" G_GSIZE_FORMAT "},\n",
                          diptych_text_get_n_chars (text));
}

/* Output is written in pieces of about this size, so that a diff with
 * hundreds of thousands of changes does not sit whole in memory.
 */
#define JSON_CHUNK (64 * 1024)

static gboolean
flush (GString  *out,
       int       fd,
       gsize     threshold,
       GError  **error)
{
  gsize written = 0;

  if (fd < 0 || out->len < threshold)
    return TRUE;

  while (written < out->len)
    {
      gssize n = write (fd, out->str + written, out->len - written);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                               g_strerror (saved_errno));
          return FALSE;
        }
      written += n;
    }

  g_string_truncate (out, 0);
  return TRUE;
}

/* Writes to @fd a piece at a time, or with @fd -1 only into @out. */
static gboolean
write_json (DiptychDiff    *diff,
            int             fd,
            GString        *out,
            const char     *left_path,
            const char     *right_path,
            guint           classes,
            GError        **error)
{
  DiptychText *left, *right;
  const char *left_text, *right_text;
  DiptychDiffStats stats;
  gboolean first = TRUE;
  guint n;

  left = diptych_diff_get_left (diff);
  right = diptych_diff_get_right (diff);
  left_text = diptych_text_get_contents (left, NULL);
  right_text = diptych_text_get_contents (right, NULL);
  diptych_diff_compute_stats_for_classes (diff, classes, &stats);

  DIPTYCH_JSON_PUT_LITERAL (out, "{\n");
  append_document (out, "left", left_path, left);
  append_document (out, "right", right_path, right);
  g_string_append_printf (out,
                          "  \"stats\": {\"content\": %u, \"punctuation\": %u, "
                          "\"typography\": %u, \"layout\": %u, \"moved\": %u},\n",
                          stats.content, stats.punctuation, stats.typography,
                          stats.layout, stats.moved);
  DIPTYCH_JSON_PUT_LITERAL (out, "  \"changes\": [");

  n = diptych_diff_get_n_changes (diff);
  for (guint i = 0; i < n; i++)
    {
      const DiptychChange *change = diptych_diff_get_change (diff, i);
      const DiptychChangeBytes *bytes = _diptych_diff_get_change_bytes (diff, i);
      const char *op, *class_name;

      if (!change_is_shown (change, classes))
        continue;

      if (first)
        DIPTYCH_JSON_PUT_LITERAL (out, "\n    ");
      else
        DIPTYCH_JSON_PUT_LITERAL (out, ",\n    ");
      first = FALSE;
      DIPTYCH_JSON_PUT_LITERAL (out, "{\"op\": \"");
      op = diptych_change_op_to_string (change->op);
      diptych_json_put (out, op, strlen (op));
      DIPTYCH_JSON_PUT_LITERAL (out, "\", \"class\": \"");
      class_name = diptych_change_class_to_string (change->change_class);
      diptych_json_put (out, class_name, strlen (class_name));
      DIPTYCH_JSON_PUT_LITERAL (out, "\", \"left\": ");
      append_side (out, left_text, change->left_start, change->left_end,
                   bytes->left_start, bytes->left_end);
      DIPTYCH_JSON_PUT_LITERAL (out, ", \"right\": ");
      append_side (out, right_text, change->right_start, change->right_end,
                   bytes->right_start, bytes->right_end);
      g_string_append_c (out, '}');

      if (!flush (out, fd, JSON_CHUNK, error))
        return FALSE;
    }

  g_string_append (out, first ? "]\n}\n" : "\n  ]\n}\n");
  return flush (out, fd, 0, error);
}

/**
 * diptych_diff_write_json:
 * @fd: the file descriptor to write the JSON document to
 * @left_path: the left file's path as the user gave it
 * @right_path: the right file's path as the user gave it; both are written
 *   as g_filename_display_name() gives them, so that the output is UTF-8
 *   even for names that are not (their bad bytes become U+FFFD)
 * @classes: the change classes to list and count in "stats"
 *
 * Writes the JSON document of DESIGN.md's `diptych-cli diff --json`, one
 * change per line.
 *
 * Returns: %FALSE with @error set when @fd could not be written
 */
gboolean
diptych_diff_write_json (DiptychDiff    *diff,
                         int             fd,
                         const char     *left_path,
                         const char     *right_path,
                         guint           classes,
                         GError        **error)
{
  g_autoptr(GString) out = NULL;

  g_return_val_if_fail (DIPTYCH_IS_DIFF (diff), FALSE);
  g_return_val_if_fail (fd >= 0, FALSE);
  g_return_val_if_fail (left_path != NULL, FALSE);
  g_return_val_if_fail (right_path != NULL, FALSE);

  out = g_string_sized_new (JSON_CHUNK + 4096);
  return write_json (diff, fd, out, left_path, right_path, classes, error);
}

/**
 * diptych_diff_to_json:
 *
 * The document of diptych_diff_write_json(), in memory.
 *
 * Returns: (transfer full): the JSON document
 */
char *
diptych_diff_to_json (DiptychDiff *diff,
                      const char  *left_path,
                      const char  *right_path,
                      guint        classes)
{
  GString *out;
  gsize n_bytes;

  g_return_val_if_fail (DIPTYCH_IS_DIFF (diff), NULL);
  g_return_val_if_fail (left_path != NULL, NULL);
  g_return_val_if_fail (right_path != NULL, NULL);

  diptych_text_get_contents (diptych_diff_get_left (diff), &n_bytes);
  out = g_string_sized_new (MIN (n_bytes, 16 * 1024 * 1024) + 4096);
  /* Without a file descriptor, nothing can fail. */
  write_json (diff, -1, out, left_path, right_path, classes, NULL);
  return g_string_free (out, FALSE);
}

/* One mark in the word diff, at a position of the left text. */
typedef enum
{
  MARK_DELETE,
  MARK_INSERT,
  MARK_MOVED_FROM,
  MARK_MOVED_TO,
} MarkKind;

typedef struct
{
  gsize    position;  /* in the left text */
  gsize    order;     /* keeps marks at one position in a stable order */
  MarkKind kind;
  gboolean faint;     /* typography or layout */
  guint    change;    /* the index of its change in the diff */
  char    *text;
} Mark;

static void
mark_clear (gpointer data)
{
  Mark *mark = data;

  g_free (mark->text);
}

static int
mark_compare (gconstpointer a,
              gconstpointer b)
{
  const Mark *ma = a;
  const Mark *mb = b;

  if (ma->position != mb->position)
    return ma->position < mb->position ? -1 : 1;
  if (ma->order != mb->order)
    return ma->order < mb->order ? -1 : 1;
  return 0;
}

static void
append_mark (GString    *out,
             const Mark *mark,
             gboolean    color)
{
  static const struct {
    const char *open;
    const char *close;
    const char *ansi;
  } styles[] = {
    [MARK_DELETE]     = { "[-", "-]", ANSI_DELETE },
    [MARK_INSERT]     = { "{+", "+}", ANSI_INSERT },
    [MARK_MOVED_FROM] = { "[<", "<]", ANSI_MOVE },
    [MARK_MOVED_TO]   = { "{>", ">}", ANSI_MOVE },
  };

  if (color)
    {
      g_string_append (out, mark->faint ? ANSI_FAINT : "");
      g_string_append (out, styles[mark->kind].ansi);
      g_string_append (out, mark->text);
      g_string_append (out, ANSI_RESET);
    }
  else
    {
      g_string_append (out, styles[mark->kind].open);
      g_string_append (out, mark->text);
      g_string_append (out, styles[mark->kind].close);
    }
}

/* The marks of the shown changes of @diff, sorted by their place in the
 * left text: a replace is a deletion then an insertion, a move a
 * "moved from" and a "moved to".
 */
static GArray *
collect_marks (DiptychDiff *diff,
               guint        classes)
{
  GArray *marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  DiptychText *left, *right;
  guint n;

  g_array_set_clear_func (marks, mark_clear);
  left = diptych_diff_get_left (diff);
  right = diptych_diff_get_right (diff);

  n = diptych_diff_get_n_changes (diff);
  for (guint i = 0; i < n; i++)
    {
      const DiptychChange *change = diptych_diff_get_change (diff, i);
      gboolean faint = change->change_class == DIPTYCH_CHANGE_CLASS_TYPOGRAPHY ||
                       change->change_class == DIPTYCH_CHANGE_CLASS_LAYOUT;
      Mark mark = { .faint = faint, .change = i };

      if (!change_is_shown (change, classes))
        continue;

      if (change->op == DIPTYCH_CHANGE_MOVE)
        {
          mark.position = change->left_start;
          mark.order = marks->len;
          mark.kind = MARK_MOVED_FROM;
          mark.text = diptych_text_dup_range (left, change->left_start, change->left_end);
          g_array_append_val (marks, mark);

          mark.position = diptych_diff_map_right_to_left (diff, change->right_start);
          mark.order = marks->len;
          mark.kind = MARK_MOVED_TO;
          mark.text = diptych_text_dup_range (right, change->right_start, change->right_end);
          g_array_append_val (marks, mark);
          continue;
        }

      if (change->left_end > change->left_start)
        {
          mark.position = change->left_start;
          mark.order = marks->len;
          mark.kind = MARK_DELETE;
          mark.text = diptych_text_dup_range (left, change->left_start, change->left_end);
          g_array_append_val (marks, mark);
        }
      if (change->right_end > change->right_start)
        {
          mark.position = change->left_start;
          mark.order = marks->len;
          mark.kind = MARK_INSERT;
          mark.text = diptych_text_dup_range (right, change->right_start, change->right_end);
          g_array_append_val (marks, mark);
        }
    }

  g_array_sort (marks, mark_compare);
  return marks;
}

typedef void (*AppendTextFunc) (GString    *out,
                                const char *text,
                                gsize       len);
typedef void (*AppendMarkFunc) (GString     *out,
                                const Mark  *mark,
                                DiptychDiff *diff,
                                gboolean     color);

/* Walks the left text and the marks together: the text between marks goes
 * through @append_text, each mark through @append_mark.
 */
static void
render_marks (GString        *out,
              DiptychDiff    *diff,
              GArray         *marks,
              AppendTextFunc  append_text,
              AppendMarkFunc  append_mark_func,
              gboolean        color)
{
  DiptychText *left = diptych_diff_get_left (diff);
  gsize n_bytes;
  const char *contents = diptych_text_get_contents (left, &n_bytes);
  gsize cursor = 0;  /* code points of the left text written so far */
  gsize from;

  for (guint i = 0; i < marks->len; i++)
    {
      const Mark *mark = &g_array_index (marks, Mark, i);
      gsize to;

      /* Overlapping marks (a move inside a replaced passage) are printed
       * where they start; the left text is never printed twice.
       */
      if (mark->position > cursor)
        {
          from = diptych_text_char_to_byte (left, cursor);
          to = diptych_text_char_to_byte (left, mark->position);
          append_text (out, contents + from, to - from);
          cursor = mark->position;
        }

      append_mark_func (out, mark, diff, color);

      if (mark->kind == MARK_DELETE || mark->kind == MARK_MOVED_FROM)
        cursor = MAX (cursor, mark->position + g_utf8_strlen (mark->text, -1));
    }

  from = diptych_text_char_to_byte (left, cursor);
  append_text (out, contents + from, n_bytes - from);
}

static void
append_word_diff_mark (GString     *out,
                       const Mark  *mark,
                       DiptychDiff *diff G_GNUC_UNUSED,
                       gboolean     color)
{
  append_mark (out, mark, color);
}

/**
 * diptych_diff_to_word_diff:
 * @classes: the change classes to mark; others are printed as the left text
 * @color: use ANSI colours instead of the plain markers
 *
 * Renders the left text with the changes marked in it, like
 * `git diff --word-diff`: `[-deleted-]`, `{+inserted+}`, and for a moved
 * passage `[<moved from here<]` and `{>moved to here>}`.
 *
 * Returns: (transfer full): the word diff
 */
char *
diptych_diff_to_word_diff (DiptychDiff *diff,
                           guint        classes,
                           gboolean     color)
{
  g_autoptr(GArray) marks = NULL;
  GString *out;

  g_return_val_if_fail (DIPTYCH_IS_DIFF (diff), NULL);

  marks = collect_marks (diff, classes);
  out = g_string_new (NULL);
  render_marks (out, diff, marks, (AppendTextFunc)g_string_append_len,
                append_word_diff_mark, color);

  return g_string_free (out, FALSE);
}

/* HTML: text and attribute values alike. */
static void
append_html_escaped (GString    *out,
                     const char *str,
                     gsize       len)
{
  const char *end = str + len;
  const char *run = str;

  for (const char *p = str; p < end; p++)
    {
      const char *entity;

      switch (*p)
        {
        case '&':  entity = "&amp;";  break;
        case '<':  entity = "&lt;";   break;
        case '>':  entity = "&gt;";   break;
        case '"':  entity = "&quot;"; break;
        case '\'': entity = "&#39;";  break;
        default:
          /* Other control characters are not allowed in HTML text. */
          if ((guchar)*p < 0x20 && *p != '\n' && *p != '\r' && *p != '\t')
            entity = "\xef\xbf\xbd";
          else
            continue;
        }
      diptych_json_put (out, run, p - run);
      g_string_append (out, entity);
      run = p + 1;
    }
  diptych_json_put (out, run, end - run);
}

static void
append_html_mark (GString     *out,
                  const Mark  *mark,
                  DiptychDiff *diff,
                  gboolean     color G_GNUC_UNUSED)
{
  static const struct {
    const char *open;
    const char *close;
    const char *kind;
  } tags[] = {
    [MARK_DELETE]     = { "<del", "</del>", "delete" },
    [MARK_INSERT]     = { "<ins", "</ins>", "insert" },
    [MARK_MOVED_FROM] = { "<del", "</del>", "moved-from" },
    [MARK_MOVED_TO]   = { "<ins", "</ins>", "moved-to" },
  };
  const DiptychChange *change = diptych_diff_get_change (diff, mark->change);
  const char *class_name = diptych_change_class_to_string (change->change_class);

  g_string_append (out, tags[mark->kind].open);
  g_string_append_printf (out, " class=\"%s %s\" data-change=\"%u\" data-op=\"%s\""
                          " title=\"%s\">",
                          tags[mark->kind].kind, class_name, mark->change,
                          diptych_change_op_to_string (change->op), class_name);
  append_html_escaped (out, mark->text, strlen (mark->text));
  g_string_append (out, tags[mark->kind].close);
}

static const char html_style[] =
  "body{font:16px/1.6 serif;max-width:50em;margin:2em auto;padding:0 1em;"
  "color:#241f31;background:#fff}\n"
  "header{font-family:sans-serif;border-bottom:1px solid #deddda;margin-bottom:1.5em}\n"
  "h1{font-size:1.3em}\n"
  ".diff{white-space:pre-wrap;overflow-wrap:break-word}\n"
  "del,ins{text-decoration-thickness:2px;border-radius:3px}\n"
  "del.delete{background:rgba(224,27,36,.24);text-decoration:line-through #e01b24}\n"
  "ins.insert{background:rgba(46,194,126,.24);text-decoration:underline #2ec27e}\n"
  "del.moved-from,ins.moved-to{background:rgba(145,65,172,.24);font-style:italic;"
  "text-decoration:underline wavy #9141ac}\n"
  "del.moved-from{text-decoration-line:line-through}\n"
  ".typography,.layout{background:rgba(154,153,150,.18)!important;"
  "text-decoration-color:#9a9996!important}\n"
  "ins.layout::before,del.layout::before{content:\"\\b6\";color:#9a9996}\n"
  ".legend span{margin-right:1em}\n"
  "@media (prefers-color-scheme:dark){body{color:#deddda;background:#241f31}"
  "header{border-color:#5e5c64}"
  "del.delete{background:rgba(246,97,81,.28);text-decoration-color:#f66151}"
  "ins.insert{background:rgba(87,227,137,.28);text-decoration-color:#57e389}"
  "del.moved-from,ins.moved-to{background:rgba(192,97,203,.28);text-decoration-color:#c061cb}}\n";

static void
append_html_file_name (GString    *out,
                       const char *path)
{
  g_autofree char *display = g_filename_display_name (path);

  append_html_escaped (out, display, strlen (display));
}

/**
 * diptych_diff_to_html:
 * @left_path: the left file's name as the user gave it
 * @right_path: the right file's name as the user gave it
 * @classes: the change classes to mark; others read as the left text
 *
 * Renders the diff as a self-contained HTML page (UTF-8, its style inline,
 * no scripts or external resources): the left text with each shown change
 * in place, deletions as `<del>` and insertions as `<ins>`, each with the
 * class of its change and its index in the diff (`data-change`).
 *
 * Returns: (transfer full): the page
 */
char *
diptych_diff_to_html (DiptychDiff *diff,
                      const char  *left_path,
                      const char  *right_path,
                      guint        classes)
{
  g_autoptr(GArray) marks = NULL;
  g_autofree char *summary = NULL;
  DiptychDiffStats stats;
  GString *out;
  gsize n_bytes;

  g_return_val_if_fail (DIPTYCH_IS_DIFF (diff), NULL);
  g_return_val_if_fail (left_path != NULL, NULL);
  g_return_val_if_fail (right_path != NULL, NULL);

  diptych_text_get_contents (diptych_diff_get_left (diff), &n_bytes);
  out = g_string_sized_new (n_bytes + n_bytes / 4 + 4096);

  diptych_diff_compute_stats_for_classes (diff, classes, &stats);
  summary = diptych_diff_stats_to_summary (&stats);
  marks = collect_marks (diff, classes);

  g_string_append (out,
                   "<!DOCTYPE html>\n"
                   "<html>\n"
                   "<head>\n"
                   "<meta charset=\"utf-8\">\n"
                   "<meta name=\"generator\" content=\"Diptych\">\n"
                   "<meta name=\"viewport\" content=\"width=device-width\">\n"
                   "<title>");
  append_html_file_name (out, left_path);
  g_string_append (out, " \xe2\x86\x92 ");
  append_html_file_name (out, right_path);
  g_string_append (out, "</title>\n<style>\n");
  g_string_append (out, html_style);
  g_string_append (out, "</style>\n</head>\n<body>\n<header>\n<h1>");
  /* Translators: the heading of a diff saved as a web page */
  append_html_escaped (out, _("Changes"), strlen (_("Changes")));
  g_string_append (out, "</h1>\n<p class=\"files\"><del class=\"delete content\">");
  append_html_file_name (out, left_path);
  g_string_append (out, "</del> \xe2\x86\x92 <ins class=\"insert content\">");
  append_html_file_name (out, right_path);
  g_string_append (out, "</ins></p>\n<p class=\"stats\">");
  append_html_escaped (out, summary, strlen (summary));
  g_string_append (out, "</p>\n</header>\n<main>\n<div class=\"diff\">");

  render_marks (out, diff, marks, append_html_escaped, append_html_mark, FALSE);

  g_string_append (out, "</div>\n</main>\n</body>\n</html>\n");

  return g_string_free (out, FALSE);
}
