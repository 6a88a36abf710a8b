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
#include "diptych-text-file.h"

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
  g_autofree char *annotator = NULL;
  g_autofree char *language = NULL;
  g_auto(GStrv) files = NULL;
  gboolean csv_bom = FALSE, brat_lf = FALSE, doccano_relations = FALSE;
  DiptychExportOptions options = { 0 };
  DiptychExportFormat format;
  guint overlaps = 0;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_("csv, w3c (Web Annotation JSON-LD), brat or doccano"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_("Write one file per article into DIR (needed for brat and for several sidecars)"),
      N_("DIR") },
    { "annotator", 0, 0, G_OPTION_ARG_STRING, &annotator,
      N_("The annotations’ creator in w3c (default: your full name)"), N_("NAME") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language,
      N_("The articles’ language as a BCP 47 tag (en, de-CH) for w3c"), N_("TAG") },
    { "csv-bom", 0, 0, G_OPTION_ARG_NONE, &csv_bom,
      N_("Start csv with a UTF-8 byte-order mark, for spreadsheets"), NULL },
    { "brat-lf", 0, 0, G_OPTION_ARG_NONE, &brat_lf,
      N_("Write brat’s .txt with LF line ends and offsets to match (brat’s web client miscounts CRLF)"),
      NULL },
    { "doccano-relations", 0, 0, G_OPTION_ARG_NONE, &doccano_relations,
      N_("Write doccano’s relation extraction format: entities and the links between them"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("SIDECAR…") },
    { NULL }
  };

  context = diptych_cli_option_context_new ("export");
  g_option_context_set_summary (context,
    _("Export annotations for other tools. With one sidecar and no --output, csv,\n"
      "w3c and doccano go to standard output; otherwise DIR gets ARTICLE.csv,\n"
      "ARTICLE.jsonld, ARTICLE.jsonl, or ARTICLE.ann beside a copy of ARTICLE.txt\n"
      "and brat’s annotation.conf and visual.conf."));
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

  if (annotator == NULL)
    annotator = g_strdup (g_get_real_name ());
  /* GLib's answer when it does not know the name. */
  options.creator = g_strcmp0 (annotator, "Unknown") != 0 ? annotator : NULL;
  options.language = language;
  options.csv_bom = csv_bom;
  options.brat_lf = brat_lf;
  options.doccano_relations = doccano_relations;

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
      if (format == DIPTYCH_EXPORT_DOCCANO)
        overlaps += diptych_export_count_overlaps (diptych_sidecar_get_store (sidecar));
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

  /* doccano imports them only into a project that allows overlapping
   * spans; otherwise it drops them without a word.
   */
  if (overlaps > 0)
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                      "warning: %u annotation overlaps another; doccano drops it "
                                      "unless the project allows overlapping spans",
                                      "warning: %u annotations overlap others; doccano drops them "
                                      "unless the project allows overlapping spans", overlaps),
                         overlaps);

      diptych_cli_print_error ("%s", message);
    }

  if (output == NULL)
    {
      g_autofree char *data = diptych_export (diptych_sidecar_get_store (g_ptr_array_index (sidecars, 0)),
                                              format, &options);

      fputs (data, stdout);
      return fflush (stdout) == 0 ? DIPTYCH_CLI_EXIT_OK : DIPTYCH_CLI_EXIT_TROUBLE;
    }

  dir = diptych_file_new_for_arg (output);
  if (!g_file_make_directory_with_parents (dir, NULL, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      diptych_cli_print_error (_("Cannot create the folder “%s”: %s"), output, error->message);
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }
  g_clear_error (&error);

  for (guint i = 0; i < sidecars->len && error == NULL; i++)
    diptych_export_to_folder (diptych_sidecar_get_store (g_ptr_array_index (sidecars, i)),
                              format, &options, dir, &error);

  if (error != NULL)
    {
      diptych_cli_print_error (_("Cannot write into “%s”: %s"), output, error->message);
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  return DIPTYCH_CLI_EXIT_OK;
}
