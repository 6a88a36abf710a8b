/* diptych-cli-diff.c: `diptych-cli diff [--json|--html] [--ignore CLASSES] [--color[=WHEN]] LEFT RIGHT`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-cli"

#include "config.h"

#include <stdio.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "diptych-cli.h"
#include "diptych-diff-format.h"

/* `--color` alone is `--color=always`, as in git and GNU diff; the value
 * is only ever taken after `=`, never from the next argument. GOption gives
 * a main entry's callback no data of its own.
 */
static char *color_when;

static gboolean
parse_color_cb (const char  *option_name,
                const char  *value,
                gpointer     data,
                GError     **error)
{
  g_free (color_when);
  color_when = g_strdup (value != NULL ? value : "always");
  return TRUE;
}

/**
 * diptych_cli_diff:
 * @load: loads a file argument: diptych-cli loads local files only, with
 *   GLib; diptych-cli-full anything GIO can read
 */
int
diptych_cli_diff (int                 argc,
                  char              **argv,
                  DiptychCliLoadFunc  load)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DiptychText) left = NULL;
  g_autoptr(DiptychText) right = NULL;
  g_autoptr(DiptychDiff) diff = NULL;
  g_autofree char *ignore = NULL;
  g_auto(GStrv) files = NULL;
  gboolean json = FALSE;
  gboolean html = FALSE;
  guint ignored = 0;
  guint classes;
  gboolean color;
  DiptychDiffStats stats;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print the changes as JSON"), NULL },
    { "html", 0, 0, G_OPTION_ARG_NONE, &html,
      N_("Print the diff as a self-contained web page"), NULL },
    { "ignore", 0, 0, G_OPTION_ARG_STRING, &ignore,
      N_("Hide these change classes (comma-separated: content, punctuation, typography, layout)"),
      N_("CLASSES") },
    { "color", 0, G_OPTION_FLAG_OPTIONAL_ARG, G_OPTION_ARG_CALLBACK, parse_color_cb,
      N_("--color[=WHEN]: colour the word diff: auto, always or never (default: auto; "
         "--color alone: always)"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("LEFT RIGHT") },
    { NULL }
  };

  context = diptych_cli_option_context_new ("diff");
  g_option_context_set_summary (context,
    _("Compare two versions of an article word by word.\n\n"
      "Changes are classed as content (words or numbers), punctuation, typography\n"
      "(only quotes, dashes, spaces differ) or layout (only whitespace, line or\n"
      "paragraph breaks differ). A passage of eight or more words that moved is\n"
      "one change of class content, op move; stats count it in content and in\n"
      "moved. In the word diff, [-…-] was deleted, {+…+} inserted, [<…<] moved\n"
      "from there and {>…>} moved here.\n\n"
      "LEFT and RIGHT are file names, even with a colon (notes:v2.txt); only\n"
      "SCHEME://… (file:///tmp/a.txt) is a URI. “-” is standard input; pipes,\n"
      "/dev/stdin and <(…) are read to their end.\n\n"
      "--ignore leaves the classes out of the output, the stats and the exit status.\n"
      "Exit status: 0 when no content or punctuation change is left, 1 when one\n"
      "is, 2 on trouble."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, TRUE);

  /* GOption would take the next argument as an optional argument's value
   * unless it starts with a dash: a bare --color is --color=always.
   */
  for (int i = 1; i < argc && !g_str_equal (argv[i], "--"); i++)
    {
      if (g_str_equal (argv[i], "--color"))
        argv[i] = (char *)"--color=always";
    }

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      diptych_cli_print_error ("%s", error->message);
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  if (files == NULL || g_strv_length (files) != 2)
    {
      diptych_cli_print_error ("%s", _("diff needs two files: LEFT RIGHT"));
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  if (json && html)
    {
      diptych_cli_print_error ("%s", _("--json and --html cannot be combined"));
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  if (ignore != NULL && !diptych_parse_change_classes (ignore, &ignored, &error))
    {
      diptych_cli_print_error ("%s", error->message);
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }
  classes = DIPTYCH_ALL_CHANGE_CLASSES & ~ignored;

  color = diptych_cli_use_color (color_when, STDOUT_FILENO, &error);
  g_clear_pointer (&color_when, g_free);
  if (error != NULL)
    {
      diptych_cli_print_error ("%s", error->message);
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  if (g_str_equal (files[0], "-") && g_str_equal (files[1], "-"))
    {
      diptych_cli_print_error ("%s", _("Standard input (“-”) can be only one of LEFT and RIGHT"));
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  if (load == diptych_cli_load_local)
    diptych_cli_prepare_heap ((const char * const *)files);

  left = load (files[0], &error);
  if (left != NULL)
    right = load (files[1], &error);
  if (left == NULL || right == NULL)
    {
      diptych_cli_print_error ("%s", error->message);
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  diff = diptych_diff_new (left, right);

  if (json)
    {
      if (!diptych_diff_write_json (diff, STDOUT_FILENO, files[0], files[1], classes, &error))
        {
          diptych_cli_print_error (_("Could not write the output: %s"), error->message);
          return DIPTYCH_CLI_EXIT_TROUBLE;
        }
    }
  else if (html)
    {
      g_autofree char *page = diptych_diff_to_html (diff, files[0], files[1], classes);

      fputs (page, stdout);
    }
  else
    {
      g_autofree char *word_diff = diptych_diff_to_word_diff (diff, classes, color);

      fputs (word_diff, stdout);
      if (!g_str_has_suffix (word_diff, "\n"))
        fputc ('\n', stdout);
    }

  if (fflush (stdout) != 0)
    {
      diptych_cli_print_error ("%s", _("Could not write the output"));
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  diptych_diff_compute_stats_for_classes (diff, classes, &stats);
  if (stats.content > 0 || stats.punctuation > 0 || stats.moved > 0)
    return DIPTYCH_CLI_EXIT_DIFFER;

  return DIPTYCH_CLI_EXIT_OK;
}
