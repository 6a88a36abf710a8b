/* diptych-cli-diff.c: `diptych-cli diff [--json|--html] LEFT RIGHT`
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
  g_autofree char *color_when = NULL;
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
    { "color", 0, 0, G_OPTION_ARG_STRING, &color_when,
      N_("Colour the word diff: auto, always or never (default: auto)"), N_("WHEN") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("LEFT RIGHT") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Compare two versions of an article word by word.\n\n"
      "Changes are classed as content (words or numbers), punctuation, typography\n"
      "(only quotes, dashes, spaces differ) or layout (only line breaks differ).\n"
      "In the word diff, [-…-] was deleted, {+…+} inserted, [<…<] moved from\n"
      "there and {>…>} moved here.\n\n"
      "Exit status: 0 when no content or punctuation changed, 1 when they did,\n"
      "2 on trouble."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, TRUE);

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
  if (error != NULL)
    {
      diptych_cli_print_error ("%s", error->message);
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  if (load == diptych_text_new_from_path)
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

  diptych_diff_compute_stats (diff, &stats);
  if (stats.content > 0 || stats.punctuation > 0 || stats.moved > 0)
    return DIPTYCH_CLI_EXIT_DIFFER;

  return DIPTYCH_CLI_EXIT_OK;
}
