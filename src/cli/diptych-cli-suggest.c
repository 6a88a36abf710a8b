/* diptych-cli-suggest.c: `diptych-cli suggest [--json] FILE…`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-cli"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "diptych-cli-full.h"
#include "diptych-detect.h"
#include "diptych-text-file.h"

static void
add_number (JsonBuilder *builder,
            const char  *name,
            gint64       value)
{
  json_builder_set_member_name (builder, name);
  if (value == DIPTYCH_NO_NUMBER)
    json_builder_add_null_value (builder);
  else
    json_builder_add_int_value (builder, value);
}

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value == NULL)
    json_builder_add_null_value (builder);
  else
    json_builder_add_string_value (builder, value);
}

static char *
to_json (const char  *file,
         DiptychText *text,
         GPtrArray   *suggestions)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "file");
  json_builder_add_string_value (builder, file);
  json_builder_set_member_name (builder, "chars");
  json_builder_add_int_value (builder, diptych_text_get_n_chars (text));
  json_builder_set_member_name (builder, "suggestions");
  json_builder_begin_array (builder);

  for (guint i = 0; i < suggestions->len; i++)
    {
      const DiptychSuggestion *s = g_ptr_array_index (suggestions, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, s->id);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, diptych_annotation_kind_to_string (s->kind));
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, s->start);
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, s->end);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, s->text);

      switch (s->kind)
        {
        case DIPTYCH_ANNOTATION_CASUALTY:
          json_builder_set_member_name (builder, "casualty");
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "outcome");
          json_builder_add_string_value (builder, diptych_outcome_to_string (s->casualty.outcome));
          add_number (builder, "value", s->casualty.value);
          add_number (builder, "low", s->casualty.low);
          add_number (builder, "high", s->casualty.high);
          json_builder_set_member_name (builder, "qualifier");
          json_builder_add_string_value (builder, diptych_qualifier_to_string (s->casualty.qualifier));
          json_builder_set_member_name (builder, "group");
          json_builder_add_string_value (builder, diptych_group_to_string (s->casualty.group));
          add_string_or_null (builder, "subset_of", s->casualty.subset_of);
          add_string_or_null (builder, "source", s->casualty.source);
          json_builder_end_object (builder);
          break;
        case DIPTYCH_ANNOTATION_SOURCE:
          json_builder_set_member_name (builder, "source");
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "name");
          json_builder_add_string_value (builder, s->source.name);
          json_builder_set_member_name (builder, "type");
          json_builder_add_string_value (builder, diptych_source_type_to_string (s->source.type));
          json_builder_end_object (builder);
          break;
        case DIPTYCH_ANNOTATION_CLAIM:
          json_builder_set_member_name (builder, "claim");
          json_builder_begin_object (builder);
          add_string_or_null (builder, "speaker", s->claim.speaker);
          json_builder_end_object (builder);
          break;
        default:
          g_assert_not_reached ();
        }
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static void
print_number (GString    *out,
              const char *name,
              gint64      value)
{
  if (value != DIPTYCH_NO_NUMBER)
    g_string_append_printf (out, " %s=%" G_GINT64_FORMAT, name, value);
}

/* One line a suggestion: "s3  casualty  144–170  “killing at least 37 people”  …" */
static void
print_list (const char  *file,
            GPtrArray   *suggestions,
            gboolean     with_name)
{
  if (with_name)
    printf ("%s:\n", file);
  for (guint i = 0; i < suggestions->len; i++)
    {
      const DiptychSuggestion *s = g_ptr_array_index (suggestions, i);
      g_autoptr(GString) line = g_string_new (NULL);
      g_autofree char *flat = g_strdup (s->text);

      g_strdelimit (flat, "\r\n\t", ' ');
      g_string_append_printf (line, "%-5s %-8s %6" G_GSIZE_FORMAT "–%-6" G_GSIZE_FORMAT " “%s”",
                              s->id, diptych_annotation_kind_to_string (s->kind), s->start, s->end, flat);
      switch (s->kind)
        {
        case DIPTYCH_ANNOTATION_CASUALTY:
          g_string_append_printf (line, "  %s %s %s",
                                  diptych_outcome_to_string (s->casualty.outcome),
                                  diptych_qualifier_to_string (s->casualty.qualifier),
                                  diptych_group_to_string (s->casualty.group));
          print_number (line, "value", s->casualty.value);
          print_number (line, "low", s->casualty.low);
          print_number (line, "high", s->casualty.high);
          if (s->casualty.subset_of != NULL)
            g_string_append_printf (line, " %s=%s", _("part of"), s->casualty.subset_of);
          if (s->casualty.source != NULL)
            g_string_append_printf (line, " %s=%s", _("source"), s->casualty.source);
          break;
        case DIPTYCH_ANNOTATION_SOURCE:
          g_string_append_printf (line, "  %s", diptych_source_type_to_string (s->source.type));
          break;
        case DIPTYCH_ANNOTATION_CLAIM:
          if (s->claim.speaker != NULL)
            g_string_append_printf (line, "  %s=%s", _("speaker"), s->claim.speaker);
          break;
        default:
          g_assert_not_reached ();
        }
      printf ("%s%s\n", with_name ? "  " : "", line->str);
    }
  if (suggestions->len == 0)
    printf ("%s%s\n", with_name ? "  " : "", _("No suggestions."));
}

/**
 * diptych_cli_suggest:
 *
 * Prints the detectors' suggestions for each article. Exit status as
 * diff(1): 0 when nothing was suggested, 1 when something was, 2 on
 * trouble (a file that could not be read; the others are still done).
 */
int
diptych_cli_suggest (int    argc,
                     char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) files = NULL;
  gboolean json = FALSE;
  gboolean trouble = FALSE, found = FALSE;
  guint n_files;
  const GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json,
      N_("Print the suggestions as JSON, one object a line for each file"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE…") },
    { NULL }
  };

  context = g_option_context_new (NULL);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
    _("Suggest casualty figures, cited sources and their claims in articles.\n\n"
      "The suggestions are found by rules and word lists; each has a kind\n"
      "(casualty, source, claim), a span in code points and the attributes an\n"
      "annotation of that kind has. Figures and claims name their source by id.\n\n"
      "Exit status: 0 when nothing was suggested, 1 when something was,\n"
      "2 on trouble."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, TRUE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      diptych_cli_print_error ("%s", error->message);
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  n_files = files != NULL ? g_strv_length (files) : 0;
  if (n_files == 0)
    {
      diptych_cli_print_error ("%s", _("suggest needs at least one file"));
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  for (guint f = 0; f < n_files; f++)
    {
      g_autoptr(GError) load_error = NULL;
      g_autoptr(DiptychText) text = diptych_text_new_for_commandline_arg (files[f], &load_error);
      g_autoptr(GPtrArray) suggestions = NULL;

      if (text == NULL)
        {
          diptych_cli_print_error ("%s", load_error->message);
          trouble = TRUE;
          continue;
        }

      suggestions = diptych_detect_suggestions (text, NULL);
      found |= suggestions->len > 0;

      if (json)
        {
          g_autofree char *out = to_json (files[f], text, suggestions);

          printf ("%s\n", out);
        }
      else
        print_list (files[f], suggestions, n_files > 1);
    }

  if (fflush (stdout) != 0)
    {
      diptych_cli_print_error ("%s", _("Could not write the output"));
      return DIPTYCH_CLI_EXIT_TROUBLE;
    }

  if (trouble)
    return DIPTYCH_CLI_EXIT_TROUBLE;
  return found ? DIPTYCH_CLI_EXIT_DIFFER : DIPTYCH_CLI_EXIT_OK;
}
