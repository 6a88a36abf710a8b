/* diptych-cli-validate.c: `diptych-cli validate` and `diptych-cli reanchor`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "diptych-cli-full.h"
#include "diptych-sidecar.h"
#include "diptych-text-file.h"

/**
 * diptych_cli_load_sidecar:
 * @path: a sidecar's path, `ARTICLE.annotations.json`
 *
 * Loads the article the sidecar belongs to, then the sidecar. A sidecar
 * that does not exist is an error here, unlike in the app.
 *
 * Returns: (transfer full): the sidecar, or %NULL with @error set
 */
DiptychSidecar *
diptych_cli_load_sidecar (const char  *path,
                          GError     **error)
{
  g_autoptr(GFile) file = diptych_file_new_for_arg (path);
  g_autoptr(GFile) article = diptych_sidecar_article_for_file (file);
  g_autoptr(DiptychText) text = NULL;

  if (article == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_FILENAME,
                   _("“%s” is not named like a sidecar (ARTICLE%s)"), path, DIPTYCH_SIDECAR_SUFFIX);
      return NULL;
    }
  if (!g_file_query_exists (file, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("“%s” does not exist"), path);
      return NULL;
    }

  text = diptych_text_new_from_file (article, NULL, error);
  if (text == NULL)
    return NULL;

  return diptych_sidecar_load (text, file, NULL, error);
}

/**
 * diptych_cli_check_version:
 * @path: the sidecar's path, for the message
 * @what: what is not done, for the message ("not exported")
 *
 * A sidecar written by a newer version may hold what this one cannot
 * keep: commands that write from it refuse it.
 *
 * Returns: whether @sidecar is of a version this one writes; prints why
 *   not otherwise
 */
gboolean
diptych_cli_check_version (const char     *path,
                           DiptychSidecar *sidecar,
                           const char     *what)
{
  if (!diptych_sidecar_get_read_only (sidecar))
    return TRUE;

  /* Translators: file, its format version, ours, then "not exported" */
  diptych_cli_print_error (_("“%s” was written by a newer version of Diptych (format version %d; "
                             "this one reads version %d): %s"),
                           path, (int)MIN (diptych_sidecar_get_version (sidecar), G_MAXINT),
                           DIPTYCH_SIDECAR_VERSION, what);
  return FALSE;
}

typedef struct
{
  const char *file;
  guint       n_annotations;
  guint       counts[DIPTYCH_ANCHOR_N_STATUSES];
  GPtrArray  *errors;
  gboolean    trouble;     /* could not be read at all */
  gboolean    loaded;      /* the counts mean something */
} Report;

static void
validate_one (const char *path,
              Report     *report)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DiptychSidecar) sidecar = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  DiptychAnnotationStore *store;

  report->file = path;
  report->errors = g_ptr_array_new_with_free_func (g_free);

  sidecar = diptych_cli_load_sidecar (path, &error);
  if (sidecar == NULL)
    {
      g_ptr_array_add (report->errors, g_strdup (error->message));
      report->trouble = !g_error_matches (error, DIPTYCH_SIDECAR_ERROR, DIPTYCH_SIDECAR_ERROR_CORRUPT) &&
                        !g_error_matches (error, DIPTYCH_SIDECAR_ERROR, DIPTYCH_SIDECAR_ERROR_NOT_A_SIDECAR);
      return;
    }

  report->loaded = TRUE;
  store = diptych_sidecar_get_store (sidecar);
  report->n_annotations = g_list_model_get_n_items (G_LIST_MODEL (store));
  for (guint s = 0; s < DIPTYCH_ANCHOR_N_STATUSES; s++)
    report->counts[s] = diptych_annotation_store_count_anchor (store, s);

  problems = diptych_annotation_store_check_links (store);
  for (guint i = 0; i < problems->len; i++)
    g_ptr_array_add (report->errors, g_strdup (g_ptr_array_index (problems, i)));
  if (diptych_sidecar_get_read_only (sidecar))
    g_ptr_array_add (report->errors,
                     g_strdup_printf (_("written by a newer version of Diptych (format version %d)"),
                                      (int)MIN (diptych_sidecar_get_version (sidecar), G_MAXINT)));
}

static void
print_json (Report *reports,
            guint   n)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *out = NULL;

  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "file");
      json_builder_add_string_value (builder, reports[i].file);
      json_builder_set_member_name (builder, "annotations");
      json_builder_add_int_value (builder, reports[i].n_annotations);
      for (guint s = 0; s < DIPTYCH_ANCHOR_N_STATUSES; s++)
        {
          json_builder_set_member_name (builder, diptych_anchor_status_to_string (s));
          json_builder_add_int_value (builder, reports[i].counts[s]);
        }
      json_builder_set_member_name (builder, "errors");
      json_builder_begin_array (builder);
      for (guint e = 0; e < reports[i].errors->len; e++)
        json_builder_add_string_value (builder, g_ptr_array_index (reports[i].errors, e));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  out = json_generator_to_data (generator, NULL);
  printf ("%s\n", out);
}

int
diptych_cli_validate (int    argc,
                      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = NULL;
  g_autofree Report *reports = NULL;
  gboolean json = FALSE;
  gboolean invalid = FALSE, trouble = FALSE;
  guint n;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print the reports as JSON"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("SIDECAR…") },
    { NULL }
  };

  context = diptych_cli_option_context_new ("validate");
  g_option_context_set_summary (context,
    _("Check annotation sidecars against their articles: how many annotations are\n"
      "where they were (exact), were found again with the same words (relocated),\n"
      "were found with other words (changed) or were not found (orphaned), and\n"
      "every problem. The counts go to standard output, problems to standard error.\n\n"
      "Exit status: 0 when all are valid, 1 when one is not, 2 on trouble."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      diptych_cli_print_error ("%s", error->message);
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }
  if (files == NULL)
    {
      diptych_cli_print_error ("%s", _("validate needs at least one sidecar"));
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  n = g_strv_length (files);
  reports = g_new0 (Report, n);
  for (guint i = 0; i < n; i++)
    {
      validate_one (files[i], &reports[i]);
      trouble |= reports[i].trouble;
      invalid |= reports[i].errors->len > 0;
    }

  if (json)
    print_json (reports, n);
  else
    for (guint i = 0; i < n; i++)
      {
        /* A sidecar that could not be read has no counts, only its error. */
        if (!reports[i].loaded)
          {
            for (guint e = 0; e < reports[i].errors->len; e++)
              diptych_cli_print_error ("%s", (char *)g_ptr_array_index (reports[i].errors, e));
            continue;
          }
        printf (g_dngettext (GETTEXT_PACKAGE,
                             "%s: %u annotation (%u exact, %u relocated, %u changed, %u orphaned)\n",
                             "%s: %u annotations (%u exact, %u relocated, %u changed, %u orphaned)\n",
                             reports[i].n_annotations),
                reports[i].file, reports[i].n_annotations,
                reports[i].counts[DIPTYCH_ANCHOR_EXACT], reports[i].counts[DIPTYCH_ANCHOR_RELOCATED],
                reports[i].counts[DIPTYCH_ANCHOR_CHANGED], reports[i].counts[DIPTYCH_ANCHOR_ORPHANED]);
        fflush (stdout);
        for (guint e = 0; e < reports[i].errors->len; e++)
          diptych_cli_print_error ("%s: %s", reports[i].file,
                                   (char *)g_ptr_array_index (reports[i].errors, e));
      }

  for (guint i = 0; i < n; i++)
    g_ptr_array_unref (reports[i].errors);

  return trouble ? DIPTYCH_CLI_EXIT_TROUBLE : invalid ? DIPTYCH_CLI_EXIT_DIFFER : DIPTYCH_CLI_EXIT_OK;
}

int
diptych_cli_reanchor (int    argc,
                      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = NULL;
  int status = DIPTYCH_CLI_EXIT_OK;
  const GOptionEntry entries[] = {
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("SIDECAR…") },
    { NULL }
  };

  context = diptych_cli_option_context_new ("reanchor");
  g_option_context_set_summary (context,
    _("After articles were edited, rewrite their sidecars with the new offsets and\n"
      "quotes. Orphaned annotations and unknown members are kept; corrupt sidecars\n"
      "and those of a newer version are left untouched.\n\n"
      "Annotations found again with the same words are saved as exact at their new\n"
      "place. Those found with other words stay changed: their quote is the words\n"
      "now there, previous_quote keeps the words the annotator marked, and their\n"
      "attributes are untouched until the annotator accepts them in the app.\n\n"
      "For each sidecar it prints how the annotations were found, before rewriting:\n"
      "  SIDECAR: N exact, N relocated, N changed, N orphaned\n\n"
      "Exit status: 0 when every sidecar was rewritten, 2 when one could not be\n"
      "read or written (the others are still rewritten; that one is untouched)."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      diptych_cli_print_error ("%s", error->message);
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }
  if (files == NULL)
    {
      diptych_cli_print_error ("%s", _("reanchor needs at least one sidecar"));
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  for (guint i = 0; files[i] != NULL; i++)
    {
      g_autoptr(GError) local_error = NULL;
      g_autoptr(DiptychSidecar) sidecar = diptych_cli_load_sidecar (files[i], &local_error);
      DiptychAnnotationStore *store = NULL;
      guint counts[DIPTYCH_ANCHOR_N_STATUSES] = { 0 };
      guint n;

      if (sidecar != NULL && !diptych_cli_check_version (files[i], sidecar, _("left as it is")))
        {
          status = DIPTYCH_CLI_EXIT_TROUBLE;
          continue;
        }

      if (sidecar != NULL)
        {
          store = diptych_sidecar_get_store (sidecar);
          for (guint s = 0; s < DIPTYCH_ANCHOR_N_STATUSES; s++)
            counts[s] = diptych_annotation_store_count_anchor (store, s);

          /* Only the same words at a new place are settled here: changed
           * words wait for the annotator, who alone may accept them.
           */
          n = g_list_model_get_n_items (G_LIST_MODEL (store));
          for (guint k = 0; k < n; k++)
            {
              g_autoptr(DiptychAnnotation) annotation = g_list_model_get_item (G_LIST_MODEL (store), k);

              if (diptych_annotation_get_anchor (annotation) == DIPTYCH_ANCHOR_RELOCATED)
                diptych_annotation_accept_anchor (annotation, diptych_annotation_store_get_text (store));
            }
          diptych_sidecar_save (sidecar, NULL, &local_error);
        }

      if (local_error != NULL)
        {
          diptych_cli_print_error ("%s", local_error->message);
          status = DIPTYCH_CLI_EXIT_TROUBLE;
          continue;
        }

      printf (_("%s: %u exact, %u relocated, %u changed, %u orphaned\n"), files[i],
              counts[DIPTYCH_ANCHOR_EXACT], counts[DIPTYCH_ANCHOR_RELOCATED],
              counts[DIPTYCH_ANCHOR_CHANGED], counts[DIPTYCH_ANCHOR_ORPHANED]);
    }

  return status;
}
