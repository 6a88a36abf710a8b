/* diptych-cli-export.c: `diptych-cli export --format F SIDECAR… [-o DIR]`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "diptych-cli-full.h"
#include "diptych-export.h"

int
diptych_cli_export (int    argc,
                    char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) sidecars = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GFile) dir = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_auto(GStrv) files = NULL;
  DiptychExportFormat format;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("csv, w3c (Web Annotation JSON-LD), brat or doccano"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write one file per article into DIR (needed for brat and for several sidecars)"),
      N_("DIR") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("SIDECAR…") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Export annotations for other tools. With one sidecar and no --output, csv,\n"
      "w3c and doccano go to standard output; otherwise DIR gets ARTICLE.csv,\n"
      "ARTICLE.jsonld, ARTICLE.jsonl, or ARTICLE.ann beside a copy of ARTICLE.txt."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      diptych_cli_print_error ("%s", error->message);
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }
  if (format_name == NULL || !diptych_export_format_from_string (format_name, &format))
    {
      diptych_cli_print_error (_("--format must be csv, w3c, brat or doccano"));
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }
  if (files == NULL)
    {
      diptych_cli_print_error ("%s", _("export needs at least one sidecar"));
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }
  if (output == NULL && (g_strv_length (files) > 1 || format == DIPTYCH_EXPORT_BRAT))
    {
      diptych_cli_print_error ("%s", _("give a folder with --output for brat or several sidecars"));
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  /* Everything is read before anything is written. */
  for (guint i = 0; files[i] != NULL; i++)
    {
      DiptychSidecar *sidecar = diptych_cli_load_sidecar (files[i], &error);

      if (sidecar == NULL)
        {
          diptych_cli_print_error ("%s", error->message);
          return DIPTYCH_CLI_EXIT_TROUBLE;
        }
      g_ptr_array_add (sidecars, sidecar);
      if (!diptych_cli_check_version (files[i], sidecar, _("not exported")))
        return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  /* Two articles of the same name (a/story.txt, b/story.txt) would write
   * the same files: refused before anything is written.
   */
  if (output != NULL)
    {
      g_autoptr(GHashTable) stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < sidecars->len; i++)
        {
          char *stem = diptych_export_stem (diptych_sidecar_get_store (g_ptr_array_index (sidecars, i)));
          const char *other = g_hash_table_lookup (stems, stem);

          if (other != NULL)
            {
              diptych_cli_print_error (_("“%s” and “%s” would both be exported as “%s” in “%s”; "
                                         "export them into different folders"),
                                       other, files[i], stem, output);
              g_free (stem);
              return DIPTYCH_CLI_EXIT_TROUBLE;
            }
          g_hash_table_insert (stems, stem, files[i]);
        }
    }

  if (output == NULL)
    {
      g_autofree char *data = diptych_export (diptych_sidecar_get_store (g_ptr_array_index (sidecars, 0)),
                                              format);

      fputs (data, stdout);
      return fflush (stdout) == 0 ? DIPTYCH_CLI_EXIT_OK : DIPTYCH_CLI_EXIT_TROUBLE;
    }

  dir = g_file_new_for_commandline_arg (output);
  if (!g_file_make_directory_with_parents (dir, NULL, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      diptych_cli_print_error (_("Cannot create the folder “%s”: %s"), output, error->message);
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }
  g_clear_error (&error);

  for (guint i = 0; i < sidecars->len && error == NULL; i++)
    diptych_export_to_folder (diptych_sidecar_get_store (g_ptr_array_index (sidecars, i)),
                              format, dir, &error);

  if (error != NULL)
    {
      diptych_cli_print_error (_("Cannot write into “%s”: %s"), output, error->message);
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  return DIPTYCH_CLI_EXIT_OK;
}
