/* test-cli.c: diptych-cli diff, run as a user would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define LEFT  TEST_DATA_DIR "/000_623877efd72da243.txt"
#define RIGHT TEST_DATA_DIR "/001_3071ba8c4e40be15.txt"

typedef struct
{
  char *out;
  char *err;
  int   status;
} CliResult;

static void
cli_result_clear (CliResult *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CliResult, cli_result_clear)

static void
run_argv (CliResult  *result,
          char      **argv)
{
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_spawn_sync (NULL, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &result->out, &result->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  result->status = WEXITSTATUS (wait_status);
}

static void
run_cli (CliResult  *result,
         const char *first_arg,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  const char *cli = g_getenv ("DIPTYCH_CLI");
  va_list ap;

  g_assert_nonnull (cli);
  g_ptr_array_add (args, (char *)cli);
  va_start (ap, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *)arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);

  run_argv (result, (char **)args->pdata);
}

static char *
write_temp_file (const char *contents,
                 gssize      len)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("diptych-cli-XXXXXX.txt", &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, contents, len, &error);
  g_assert_no_error (error);
  return path;
}

static JsonObject *
parse_object (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static void
test_cli_diff_json_example (void)
{
  g_auto(CliResult) result = { 0 };
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(GPtrArray) content = g_ptr_array_new_with_free_func (g_free);
  JsonObject *stats, *left, *right;
  JsonArray *changes;
  gint64 previous_start = -1;
  guint counted[4] = { 0 };
  const char *class_names[] = { "content", "punctuation", "typography", "layout" };
  guint n_punctuation = 0;

  run_cli (&result, "diff", "--json", LEFT, RIGHT, NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.err, ==, "");

  root = parse_object (result.out);
  left = json_object_get_object_member (root, "left");
  right = json_object_get_object_member (root, "right");
  g_assert_cmpstr (json_object_get_string_member (left, "path"), ==, LEFT);
  g_assert_cmpstr (json_object_get_string_member (right, "path"), ==, RIGHT);
  g_assert_cmpint (json_object_get_int_member (left, "chars"), ==, 4339);
  g_assert_cmpint (json_object_get_int_member (right, "chars"), ==, 4307);

  stats = json_object_get_object_member (root, "stats");
  for (guint i = 0; i < G_N_ELEMENTS (class_names); i++)
    g_assert_true (json_object_has_member (stats, class_names[i]));
  g_assert_cmpint (json_object_get_int_member (stats, "moved"), ==, 0);

  changes = json_object_get_array_member (root, "changes");
  for (guint i = 0; i < json_array_get_length (changes); i++)
    {
      JsonObject *change = json_array_get_object_element (changes, i);
      JsonObject *l = json_object_get_object_member (change, "left");
      JsonObject *r = json_object_get_object_member (change, "right");
      const char *klass = json_object_get_string_member (change, "class");
      const char *op = json_object_get_string_member (change, "op");
      gint64 start = json_object_get_int_member (l, "start");

      /* All keys always present, in left order. */
      g_assert_true (json_object_has_member (l, "end"));
      g_assert_true (json_object_has_member (l, "text"));
      g_assert_true (json_object_has_member (r, "start"));
      g_assert_true (json_object_has_member (r, "end"));
      g_assert_true (json_object_has_member (r, "text"));
      g_assert_cmpint (start, >=, previous_start);
      previous_start = start;

      for (guint c = 0; c < G_N_ELEMENTS (class_names); c++)
        if (g_str_equal (klass, class_names[c]))
          counted[c]++;

      if (g_str_equal (klass, "content"))
        {
          const char *lt = json_object_get_string_member (l, "text");
          const char *rt = json_object_get_string_member (r, "text");
          g_autofree char *words = NULL;

          /* Words on one side: the other holds at most the space they
           * leave behind or take with them.
           */
          g_assert_true (lt[strspn (lt, " ")] == '\0' || rt[strspn (rt, " ")] == '\0');
          words = g_strstrip (g_strdup (lt[strspn (lt, " ")] == '\0' ? rt : lt));
          g_ptr_array_add (content, g_steal_pointer (&words));
        }
      else if (g_str_equal (klass, "punctuation"))
        {
          n_punctuation++;
          g_assert_cmpstr (op, ==, "delete");
          g_assert_cmpstr (json_object_get_string_member (l, "text"), ==, ";");
        }
    }

  for (guint c = 0; c < G_N_ELEMENTS (class_names); c++)
    g_assert_cmpint (json_object_get_int_member (stats, class_names[c]), ==, counted[c]);

  g_assert_cmpuint (n_punctuation, ==, 1);
  g_assert_cmpuint (content->len, ==, 5);
  g_assert_cmpstr (g_ptr_array_index (content, 0), ==, "(CNN)");
  g_assert_cmpstr (g_ptr_array_index (content, 1), ==, "Russian-US");
  g_assert_cmpstr (g_ptr_array_index (content, 2), ==, "fact-finding");
  g_assert_cmpstr (g_ptr_array_index (content, 3), ==, "peace-breaker");
  g_assert_cmpstr (g_ptr_array_index (content, 4), ==, "state-run");
  g_assert_cmpint (counted[2], >, 0);
  g_assert_cmpint (counted[3], >, 0);
}

/* Every change's text is the text at its offsets, on both sides. */
static void
test_cli_diff_json_texts_match_offsets (void)
{
  g_auto(CliResult) result = { 0 };
  g_autoptr(JsonObject) root = NULL;
  g_autofree char *left = NULL;
  g_autofree char *right = NULL;
  JsonArray *changes;

  g_file_get_contents (LEFT, &left, NULL, NULL);
  g_file_get_contents (RIGHT, &right, NULL, NULL);
  run_cli (&result, "diff", "--json", LEFT, RIGHT, NULL);
  root = parse_object (result.out);
  changes = json_object_get_array_member (root, "changes");
  g_assert_cmpuint (json_array_get_length (changes), >, 30);

  for (guint i = 0; i < json_array_get_length (changes); i++)
    {
      JsonObject *change = json_array_get_object_element (changes, i);
      const char *sides[] = { "left", "right" };

      for (guint s = 0; s < 2; s++)
        {
          JsonObject *side = json_object_get_object_member (change, sides[s]);
          g_autofree char *expected = g_utf8_substring (s == 0 ? left : right,
                                                        json_object_get_int_member (side, "start"),
                                                        json_object_get_int_member (side, "end"));

          g_assert_cmpstr (json_object_get_string_member (side, "text"), ==, expected);
        }
    }
}

static void
test_cli_diff_ignore (void)
{
  g_auto(CliResult) result = { 0 };
  g_autoptr(JsonObject) root = NULL;
  JsonArray *changes;

  run_cli (&result, "diff", "--json", "--ignore", "typography,layout", LEFT, RIGHT, NULL);
  g_assert_cmpint (result.status, ==, 1);

  root = parse_object (result.out);
  changes = json_object_get_array_member (root, "changes");
  g_assert_cmpuint (json_array_get_length (changes), ==, 6);
  for (guint i = 0; i < json_array_get_length (changes); i++)
    {
      const char *klass =
        json_object_get_string_member (json_array_get_object_element (changes, i), "class");

      g_assert_true (g_str_equal (klass, "content") || g_str_equal (klass, "punctuation"));
    }
  /* Stats count what is listed, not what was hidden. */
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "stats"),
                                               "typography"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "stats"),
                                               "layout"), ==, 0);
}

/* With every class ignored nothing is left: exit 0, as git diff -w
 * --exit-code does when only whitespace changed.
 */
static void
test_cli_diff_ignore_all (void)
{
  g_auto(CliResult) json = { 0 };
  g_auto(CliResult) plain = { 0 };
  g_auto(CliResult) layout_only = { 0 };
  g_autoptr(JsonObject) root = NULL;
  JsonObject *stats;
  g_autofree char *a = write_temp_file ("One two three.\n", -1);
  g_autofree char *b = write_temp_file ("One two\nthree.\n", -1);

  run_cli (&json, "diff", "--json", "--ignore", "content,punctuation,typography,layout",
           LEFT, RIGHT, NULL);
  g_assert_cmpint (json.status, ==, 0);
  root = parse_object (json.out);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "changes")), ==, 0);
  stats = json_object_get_object_member (root, "stats");
  g_assert_cmpint (json_object_get_int_member (stats, "content"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (stats, "moved"), ==, 0);

  run_cli (&plain, "diff", "--ignore", "content,punctuation", LEFT, RIGHT, NULL);
  g_assert_cmpint (plain.status, ==, 0);

  /* Ignoring a class that is not there changes nothing. */
  run_cli (&layout_only, "diff", "--ignore", "typography", a, b, NULL);
  g_assert_cmpint (layout_only.status, ==, 0);
  g_unlink (a);
  g_unlink (b);
}

/* A move is a change of class content: stats count it in content, and in
 * moved, so that the classes add up to the changes listed.
 */
static void
test_cli_diff_move_counted (void)
{
  const char *paragraphs[] = {
    "The council met on Monday to discuss the budget for the coming year.",
    "Residents complained loudly about the state of the roads in the old town and the lack of lights.",
    "The mayor promised a decision before the summer holidays begin.",
    "A spokesman declined to comment further on the matter.",
  };
  g_autofree char *left_text = g_strjoin ("\n\n", paragraphs[0], paragraphs[1], paragraphs[2],
                                          paragraphs[3], NULL);
  g_autofree char *right_text = g_strjoin ("\n\n", paragraphs[0], paragraphs[2], paragraphs[3],
                                           paragraphs[1], NULL);
  g_autofree char *a = write_temp_file (left_text, -1);
  g_autofree char *b = write_temp_file (right_text, -1);
  g_auto(CliResult) result = { 0 };
  g_autoptr(JsonObject) root = NULL;
  JsonObject *stats;
  JsonArray *changes;
  guint n_moves = 0, n_content = 0;

  run_cli (&result, "diff", "--json", a, b, NULL);
  g_assert_cmpint (result.status, ==, 1);
  root = parse_object (result.out);
  stats = json_object_get_object_member (root, "stats");
  changes = json_object_get_array_member (root, "changes");
  for (guint i = 0; i < json_array_get_length (changes); i++)
    {
      JsonObject *change = json_array_get_object_element (changes, i);

      if (g_str_equal (json_object_get_string_member (change, "op"), "move"))
        {
          n_moves++;
          g_assert_cmpstr (json_object_get_string_member (change, "class"), ==, "content");
        }
      if (g_str_equal (json_object_get_string_member (change, "class"), "content"))
        n_content++;
    }
  g_assert_cmpuint (n_moves, ==, 1);
  g_assert_cmpint (json_object_get_int_member (stats, "moved"), ==, n_moves);
  g_assert_cmpint (json_object_get_int_member (stats, "content"), ==, n_content);
  g_assert_cmpint (json_object_get_int_member (stats, "content") +
                   json_object_get_int_member (stats, "punctuation") +
                   json_object_get_int_member (stats, "typography") +
                   json_object_get_int_member (stats, "layout"),
                   ==, json_array_get_length (changes));
  g_unlink (a);
  g_unlink (b);
}

/* File names with a colon are file names; only SCHEME://… is a URI. */
static void
test_cli_diff_colon_names (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("diptych-cli-XXXXXX", &error);
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *contents = NULL;
  const char *names[] = { "notes:v2.txt", "story-10:30.txt", "C:story.txt" };

  g_assert_no_error (error);
  g_file_get_contents (LEFT, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chdir (dir), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_auto(CliResult) result = { 0 };
      g_auto(CliResult) full = { 0 };

      g_file_set_contents (names[i], contents, -1, &error);
      g_assert_no_error (error);
      run_cli (&result, "diff", "--json", names[i], LEFT, NULL);
      g_assert_cmpstr (result.err, ==, "");
      g_assert_cmpint (result.status, ==, 0);

      /* Also in diptych-cli-full, which a URI on the line brings in. */
      run_cli (&full, "diff", "--json", names[i], "file://" LEFT, NULL);
      g_assert_cmpstr (full.err, ==, "");
      g_assert_cmpint (full.status, ==, 0);
      g_unlink (names[i]);
    }
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  g_rmdir (dir);
}

static void
run_shell (CliResult  *result,
           const char *shell,
           const char *script)
{
  g_auto(GStrv) parts = g_strsplit (script, "%s", -1);
  g_autofree char *command = g_strjoinv (g_getenv ("DIPTYCH_CLI"), parts);

  run_argv (result, (char *[]) { (char *)shell, (char *)"-c", command, NULL });
}

/* `-`, /dev/stdin, a pipe and <(…), as diff, git, jq and ripgrep take them. */
static void
test_cli_diff_stdin (void)
{
  const char *scripts[] = {
    "%s diff --json - " RIGHT " < " LEFT,
    "cat " LEFT " | %s diff --json - " RIGHT,
    "cat " LEFT " | %s diff --json /dev/stdin " RIGHT,
    "%s diff --json <(cat " LEFT ") " RIGHT,
    "cat " LEFT " | %s diff --json - file://" RIGHT,
  };
  g_auto(CliResult) by_path = { 0 };
  g_auto(CliResult) twice = { 0 };
  g_autoptr(JsonObject) path_root = NULL;

  run_cli (&by_path, "diff", "--json", LEFT, RIGHT, NULL);
  path_root = parse_object (by_path.out);

  for (guint i = 0; i < G_N_ELEMENTS (scripts); i++)
    {
      g_auto(CliResult) result = { 0 };
      g_autoptr(JsonObject) root = NULL;

      run_shell (&result, "/bin/bash", scripts[i]);
      g_assert_cmpstr (result.err, ==, "");
      g_assert_cmpint (result.status, ==, by_path.status);
      root = parse_object (result.out);
      g_assert_true (json_node_equal (json_object_get_member (path_root, "stats"),
                                      json_object_get_member (root, "stats")));
      g_assert_true (json_node_equal (json_object_get_member (path_root, "changes"),
                                      json_object_get_member (root, "changes")));
    }

  run_shell (&twice, "/bin/sh", "%s diff - - < " LEFT);
  g_assert_cmpint (twice.status, ==, 2);
  g_assert_nonnull (strstr (twice.err, "“-”"));
}

/* A bare --color is --color=always and takes no argument of its own. */
static void
test_cli_diff_color_bare (void)
{
  g_auto(CliResult) bare = { 0 };
  g_auto(CliResult) never = { 0 };
  g_auto(CliResult) bad = { 0 };

  run_cli (&bare, "diff", "--color", LEFT, RIGHT, NULL);
  g_assert_cmpint (bare.status, ==, 1);
  g_assert_cmpstr (bare.err, ==, "");
  g_assert_nonnull (strstr (bare.out, "\033["));

  run_cli (&never, "diff", "--color=never", LEFT, RIGHT, NULL);
  g_assert_cmpint (never.status, ==, 1);
  g_assert_null (strstr (never.out, "\033["));

  run_cli (&bad, "diff", "--color=sometimes", LEFT, RIGHT, NULL);
  g_assert_cmpint (bad.status, ==, 2);
  g_assert_nonnull (strstr (bad.err, "sometimes"));
}

/* Usage lines name the command; `help COMMAND` is `COMMAND --help`. */
static void
test_cli_help (void)
{
  const char *commands[] = { "diff", "validate", "reanchor", "export" };

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(CliResult) help = { 0 };
      g_auto(CliResult) option = { 0 };
      g_autofree char *usage = g_strdup_printf ("diptych-cli %s [OPTION…] ", commands[i]);

      run_cli (&help, "help", commands[i], NULL);
      run_cli (&option, commands[i], "--help", NULL);
      g_assert_cmpint (help.status, ==, 0);
      g_assert_cmpint (option.status, ==, 0);
      g_assert_nonnull (strstr (help.out, usage));
      g_assert_cmpstr (help.out, ==, option.out);
      if (!g_str_equal (commands[i], "export"))
        g_assert_nonnull (strstr (help.out, "Exit status"));
    }
}

/* The app answers --version and --help without a display. */
static void
test_cli_app_options (void)
{
  const char *app = g_getenv ("DIPTYCH_APP");
  g_auto(CliResult) version = { 0 };
  g_auto(CliResult) help = { 0 };

  if (app == NULL)
    {
      g_test_skip ("the app is not built");
      return;
    }

  run_argv (&version, (char *[]) { (char *)app, (char *)"--version", NULL });
  g_assert_cmpint (version.status, ==, 0);
  g_assert_cmpstr (version.out, ==, "diptych " PACKAGE_VERSION "\n");

  run_argv (&help, (char *[]) { (char *)app, (char *)"--help", NULL });
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "diptych [OPTION…] [LEFT [RIGHT]]"));
  g_assert_nonnull (strstr (help.out, "notes:v2.txt"));
}

static void
test_cli_diff_ignore_unknown_class (void)
{
  g_auto(CliResult) result = { 0 };

  run_cli (&result, "diff", "--ignore", "typo", LEFT, RIGHT, NULL);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_nonnull (strstr (result.err, "typo"));
}

static void
test_cli_diff_plain (void)
{
  g_auto(CliResult) result = { 0 };

  run_cli (&result, "diff", "--ignore", "typography,layout", LEFT, RIGHT, NULL);
  g_assert_cmpint (result.status, ==, 1);
  /* Not a terminal: plain markers, no escapes. */
  g_assert_null (strchr (result.out, '\033'));
  g_assert_true (g_str_has_prefix (result.out, "{+ (CNN) +}"));
  g_assert_nonnull (strstr (result.out, "[-Russian-US-]"));
  g_assert_nonnull (strstr (result.out, "terrorism[-;-]"));
  /* Hidden classes print the left text as it is. */
  g_assert_nonnull (strstr (result.out, "“Lavrov stressed"));
}

/* suggest's readable list: a line per suggestion, in columns, with the
 * text on one line and the attributes and links after it.
 */
static void
test_cli_suggest_list (void)
{
  g_autofree char *article = write_temp_file ("At least 12 people were killed and\t30 injured "
                                              "in the blast, police said.\n", -1);
  g_auto(CliResult) result = { 0 };

  run_cli (&result, "suggest", article, NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.err, ==, "");
  g_assert_cmpstr (result.out, ==,
    "s1    claim         0–58     “At least 12 people were killed and 30 injured in the blast”  speaker=s4\n"
    "s2    casualty      0–30     “At least 12 people were killed”  killed at-least people value=12 low=12 source=s4\n"
    "s3    casualty     35–45     “30 injured”  injured exact people value=30 low=30 high=30 source=s4\n"
    "s4    source       60–66     “police”  official\n");
}

/* Several files: each under its name; exit 1 when one has suggestions. */
static void
test_cli_suggest_list_files (void)
{
  g_autofree char *empty = write_temp_file ("", 0);
  g_autofree char *quiet = write_temp_file ("The bridge reopened on Monday.\n", -1);
  g_autofree char *expected = NULL;
  g_auto(CliResult) result = { 0 };
  g_auto(CliResult) none = { 0 };

  run_cli (&result, "suggest", empty, LEFT, NULL);
  g_assert_cmpint (result.status, ==, 1);
  expected = g_strdup_printf ("%s:\n  No suggestions.\n%s:\n  s1 ", empty, LEFT);
  g_assert_true (g_str_has_prefix (result.out, expected));

  run_cli (&none, "suggest", empty, quiet, NULL);
  g_assert_cmpint (none.status, ==, 0);
}

/* The list shows what --json gives: each suggestion's id, kind, span and
 * text, in the same order.
 */
static void
test_cli_suggest_list_matches_json (void)
{
  g_auto(CliResult) list = { 0 };
  g_auto(CliResult) json = { 0 };
  g_autoptr(JsonObject) root = NULL;
  g_auto(GStrv) lines = NULL;
  JsonArray *suggestions;

  run_cli (&list, "suggest", LEFT, NULL);
  run_cli (&json, "suggest", "--json", LEFT, NULL);
  g_assert_cmpint (list.status, ==, 1);
  g_assert_cmpint (json.status, ==, 1);
  root = parse_object (json.out);
  suggestions = json_object_get_array_member (root, "suggestions");
  lines = g_strsplit (list.out, "\n", -1);
  g_assert_cmpuint (json_array_get_length (suggestions), >, 10);
  g_assert_cmpuint (g_strv_length (lines), ==, json_array_get_length (suggestions) + 1);

  for (guint i = 0; i < json_array_get_length (suggestions); i++)
    {
      JsonObject *s = json_array_get_object_element (suggestions, i);
      g_autofree char *text = g_strdup (json_object_get_string_member (s, "text"));
      g_autofree char *start = NULL;

      g_strdelimit (text, "\r\n\t", ' ');
      start = g_strdup_printf ("%-5s %-8s %6" G_GINT64_FORMAT "–%-6" G_GINT64_FORMAT " “%s”",
                               json_object_get_string_member (s, "id"),
                               json_object_get_string_member (s, "kind"),
                               json_object_get_int_member (s, "start"),
                               json_object_get_int_member (s, "end"),
                               text);
      g_assert_true (g_str_has_prefix (lines[i], start));
    }
}

static void
test_cli_diff_color (void)
{
  g_auto(CliResult) result = { 0 };

  run_cli (&result, "diff", "--color=always", LEFT, RIGHT, NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.out, "\033[32m (CNN) \033[m"));
  g_assert_null (strstr (result.out, "{+"));
}

static void
test_cli_diff_typography_only (void)
{
  g_autofree char *a = write_temp_file ("He said “no” -- twice.\n", -1);
  g_autofree char *b = write_temp_file ("He said \"no\" — twice.\r\n", -1);
  g_auto(CliResult) result = { 0 };
  g_autoptr(JsonObject) root = NULL;
  JsonObject *stats;

  run_cli (&result, "diff", "--json", a, b, NULL);
  g_assert_cmpint (result.status, ==, 0);
  root = parse_object (result.out);
  stats = json_object_get_object_member (root, "stats");
  g_assert_cmpint (json_object_get_int_member (stats, "content"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (stats, "punctuation"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (stats, "typography"), >, 0);
  g_unlink (a);
  g_unlink (b);
}

static void
test_cli_diff_identical (void)
{
  g_auto(CliResult) result = { 0 };
  g_autoptr(JsonObject) root = NULL;

  run_cli (&result, "diff", "--json", LEFT, LEFT, NULL);
  g_assert_cmpint (result.status, ==, 0);
  root = parse_object (result.out);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "changes")), ==, 0);
}

static void
test_cli_diff_trouble (void)
{
  g_autofree char *bad = write_temp_file ("caf\xE9\n", -1);
  struct {
    const char *left;
    const char *right;
    const char *named;
  } cases[] = {
    { "/nonexistent/a.txt", RIGHT, "/nonexistent/a.txt" },
    { LEFT, "/nonexistent/b.txt", "/nonexistent/b.txt" },
    { LEFT, bad, bad },
    { TEST_DATA_DIR, RIGHT, TEST_DATA_DIR },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(CliResult) result = { 0 };

      run_cli (&result, "diff", "--json", cases[i].left, cases[i].right, NULL);
      g_assert_cmpint (result.status, ==, 2);
      g_assert_cmpstr (result.out, ==, "");
      g_assert_nonnull (strstr (result.err, cases[i].named));
      /* One line. */
      g_assert_cmpint (strchr (result.err, '\n') - result.err, ==, strlen (result.err) - 1);
    }
  g_unlink (bad);
}

/* diptych-cli diffs local files itself and runs diptych-cli-full for URIs:
 * the output is the same.
 */
static void
test_cli_diff_uris (void)
{
  g_autofree char *left_uri = g_filename_to_uri (LEFT, NULL, NULL);
  g_autofree char *right_uri = g_filename_to_uri (RIGHT, NULL, NULL);
  g_auto(CliResult) by_path = { 0 };
  g_auto(CliResult) by_uri = { 0 };
  g_auto(CliResult) missing = { 0 };
  g_autoptr(JsonObject) path_root = NULL;
  g_autoptr(JsonObject) uri_root = NULL;

  run_cli (&by_path, "diff", "--json", LEFT, RIGHT, NULL);
  run_cli (&by_uri, "diff", "--json", left_uri, right_uri, NULL);
  g_assert_cmpint (by_uri.status, ==, by_path.status);
  g_assert_cmpstr (by_uri.err, ==, "");

  path_root = parse_object (by_path.out);
  uri_root = parse_object (by_uri.out);
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (uri_root, "left"), "path"),
                   ==, left_uri);
  g_assert_true (json_node_equal (json_object_get_member (path_root, "stats"),
                                  json_object_get_member (uri_root, "stats")));
  g_assert_true (json_node_equal (json_object_get_member (path_root, "changes"),
                                  json_object_get_member (uri_root, "changes")));

  /* A location only GIO can read, which has no such file. */
  run_cli (&missing, "diff", "resource:///io/github/diptych/none.txt", RIGHT, NULL);
  g_assert_cmpint (missing.status, ==, 2);
  g_assert_nonnull (strstr (missing.err, "“resource:///io/github/diptych/none.txt” does not exist"));
}

/* Without diptych-cli-full, the commands that need it say so. */
static void
test_cli_full_missing (void)
{
  g_autofree char *installed = g_build_filename (LIBEXECDIR, "diptych-cli-full", NULL);
  g_auto(CliResult) result = { 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *contents = NULL;
  gsize n_bytes = 0;

  if (g_file_test (installed, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("diptych-cli-full is installed");
      return;
    }

  /* diptych-cli alone in a folder. */
  dir = g_dir_make_tmp ("diptych-cli-XXXXXX", &error);
  g_assert_no_error (error);
  copy = g_build_filename (dir, "diptych-cli", NULL);
  g_file_get_contents (g_getenv ("DIPTYCH_CLI"), &contents, &n_bytes, &error);
  g_assert_no_error (error);
  g_file_set_contents_full (copy, contents, n_bytes, G_FILE_SET_CONTENTS_NONE, 0755, &error);
  g_assert_no_error (error);

  run_argv (&result, (char *[]) { copy, (char *)"validate", (char *)LEFT, NULL });
  g_assert_cmpint (result.status, ==, 2);
  g_assert_nonnull (strstr (result.err, "Could not run"));
  g_assert_nonnull (strstr (result.err, installed));

  g_unlink (copy);
  g_rmdir (dir);
}

static void
test_cli_usage (void)
{
  g_auto(CliResult) missing_arg = { 0 };
  g_auto(CliResult) unknown = { 0 };
  g_auto(CliResult) help = { 0 };

  run_cli (&missing_arg, "diff", LEFT, NULL);
  g_assert_cmpint (missing_arg.status, ==, 2);

  run_cli (&unknown, "frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "frobnicate"));

  run_cli (&help, "--help", NULL);
  g_assert_cmpint (help.status, ==, 0);
  g_assert_nonnull (strstr (help.out, "diff"));
}

/* A file name that is not UTF-8 was printed raw: invalid JSON. */
static void
test_cli_diff_json_path_not_utf8 (void)
{
  g_auto(CliResult) result = { 0 };
  g_autofree char *dir = g_dir_make_tmp ("diptych-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "caf\xe9.txt", NULL);
  g_autoptr(JsonObject) root = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "one two three\n", -1, &error);
  g_assert_no_error (error);
  run_cli (&result, "diff", "--json", path, path, NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_utf8_validate (result.out, -1, NULL));
  root = parse_object (result.out);
  g_assert_nonnull (strstr (json_object_get_string_member (json_object_get_object_member (root, "left"), "path"),
                            "caf\xef\xbf\xbd.txt"));
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diptych/cli/diff-json-example", test_cli_diff_json_example);
  g_test_add_func ("/diptych/cli/diff-json-texts-match-offsets", test_cli_diff_json_texts_match_offsets);
  g_test_add_func ("/diptych/cli/diff-ignore", test_cli_diff_ignore);
  g_test_add_func ("/diptych/cli/diff-ignore-unknown-class", test_cli_diff_ignore_unknown_class);
  g_test_add_func ("/diptych/cli/diff-ignore-all", test_cli_diff_ignore_all);
  g_test_add_func ("/diptych/cli/diff-move-counted", test_cli_diff_move_counted);
  g_test_add_func ("/diptych/cli/diff-colon-names", test_cli_diff_colon_names);
  g_test_add_func ("/diptych/cli/diff-stdin", test_cli_diff_stdin);
  g_test_add_func ("/diptych/cli/diff-color-bare", test_cli_diff_color_bare);
  g_test_add_func ("/diptych/cli/help", test_cli_help);
  g_test_add_func ("/diptych/cli/app-options", test_cli_app_options);
  g_test_add_func ("/diptych/cli/diff-plain", test_cli_diff_plain);
  g_test_add_func ("/diptych/cli/diff-color", test_cli_diff_color);
  g_test_add_func ("/diptych/cli/suggest-list", test_cli_suggest_list);
  g_test_add_func ("/diptych/cli/suggest-list-files", test_cli_suggest_list_files);
  g_test_add_func ("/diptych/cli/suggest-list-matches-json", test_cli_suggest_list_matches_json);
  g_test_add_func ("/diptych/cli/diff-typography-only", test_cli_diff_typography_only);
  g_test_add_func ("/diptych/cli/diff-identical", test_cli_diff_identical);
  g_test_add_func ("/diptych/cli/diff-trouble", test_cli_diff_trouble);
  g_test_add_func ("/diptych/cli/diff-uris", test_cli_diff_uris);
  g_test_add_func ("/diptych/cli/diff-json-path-not-utf8", test_cli_diff_json_path_not_utf8);
  g_test_add_func ("/diptych/cli/full-missing", test_cli_full_missing);
  g_test_add_func ("/diptych/cli/usage", test_cli_usage);

  return g_test_run ();
}
