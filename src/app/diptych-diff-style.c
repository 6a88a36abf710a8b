/* diptych-diff-style.c: how changes look, in the text and between panes
 *
 * Every style differs by more than its hue (strikethrough, underline, weight,
 * slant), so that changes read without colour too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-diff-style"

#include "config.h"

#include "diptych-diff-style.h"

static const char *tag_names[DIPTYCH_N_CHANGE_STYLES] = {
  "diff-delete",
  "diff-insert",
  "diff-replace",
  "diff-move",
  "diff-faint",
};

/* GNOME palette: red 3, green 3, yellow 4, purple 2, light 4; lighter
 * variants for dark mode.
 */
static const char *light_colors[DIPTYCH_N_CHANGE_STYLES] = {
  "#e01b24", "#2ec27e", "#f5c211", "#9141ac", "#9a9996",
};
static const char *dark_colors[DIPTYCH_N_CHANGE_STYLES] = {
  "#f66151", "#57e389", "#f8e45c", "#c061cb", "#c0bfbc",
};

DiptychChangeStyle
diptych_change_get_style (const DiptychChange *change)
{
  g_return_val_if_fail (change != NULL, DIPTYCH_CHANGE_STYLE_FAINT);

  if (change->change_class == DIPTYCH_CHANGE_CLASS_TYPOGRAPHY ||
      change->change_class == DIPTYCH_CHANGE_CLASS_LAYOUT)
    return DIPTYCH_CHANGE_STYLE_FAINT;

  switch (change->op)
    {
    case DIPTYCH_CHANGE_DELETE:  return DIPTYCH_CHANGE_STYLE_DELETE;
    case DIPTYCH_CHANGE_INSERT:  return DIPTYCH_CHANGE_STYLE_INSERT;
    case DIPTYCH_CHANGE_REPLACE: return DIPTYCH_CHANGE_STYLE_REPLACE;
    case DIPTYCH_CHANGE_MOVE:    return DIPTYCH_CHANGE_STYLE_MOVE;
    default:                     g_return_val_if_reached (DIPTYCH_CHANGE_STYLE_FAINT);
    }
}

const char *
diptych_change_style_tag_name (DiptychChangeStyle style)
{
  g_return_val_if_fail (style < DIPTYCH_N_CHANGE_STYLES, NULL);

  return tag_names[style];
}

void
diptych_change_style_get_color (DiptychChangeStyle  style,
                                gboolean            dark,
                                GdkRGBA            *color)
{
  g_return_if_fail (style < DIPTYCH_N_CHANGE_STYLES);
  g_return_if_fail (color != NULL);

  gdk_rgba_parse (color, dark ? dark_colors[style] : light_colors[style]);
}

/**
 * diptych_diff_style_add_tags:
 *
 * Creates the change tags in @buffer; call
 * diptych_diff_style_update_tags() to colour them.
 */
void
diptych_diff_style_add_tags (GtkTextBuffer *buffer)
{
  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));

  gtk_text_buffer_create_tag (buffer, tag_names[DIPTYCH_CHANGE_STYLE_DELETE],
                              "strikethrough", TRUE,
                              NULL);
  gtk_text_buffer_create_tag (buffer, tag_names[DIPTYCH_CHANGE_STYLE_INSERT],
                              "underline", PANGO_UNDERLINE_SINGLE,
                              NULL);
  gtk_text_buffer_create_tag (buffer, tag_names[DIPTYCH_CHANGE_STYLE_REPLACE],
                              "underline", PANGO_UNDERLINE_DOUBLE,
                              NULL);
  gtk_text_buffer_create_tag (buffer, tag_names[DIPTYCH_CHANGE_STYLE_MOVE],
                              "style", PANGO_STYLE_ITALIC,
                              "underline", PANGO_UNDERLINE_ERROR,
                              NULL);
  gtk_text_buffer_create_tag (buffer, tag_names[DIPTYCH_CHANGE_STYLE_FAINT],
                              "underline", PANGO_UNDERLINE_LOW,
                              NULL);
  diptych_diff_style_update_tags (buffer, FALSE);
}

void
diptych_diff_style_update_tags (GtkTextBuffer *buffer,
                                gboolean       dark)
{
  GtkTextTagTable *table;

  g_return_if_fail (GTK_IS_TEXT_BUFFER (buffer));

  table = gtk_text_buffer_get_tag_table (buffer);
  for (guint style = 0; style < DIPTYCH_N_CHANGE_STYLES; style++)
    {
      GtkTextTag *tag = gtk_text_tag_table_lookup (table, tag_names[style]);
      GdkRGBA background, underline;

      if (tag == NULL)
        continue;

      diptych_change_style_get_color (style, dark, &background);
      underline = background;
      background.alpha = style == DIPTYCH_CHANGE_STYLE_FAINT ? 0.18 : dark ? 0.28 : 0.24;
      g_object_set (tag,
                    "background-rgba", &background,
                    "underline-rgba", &underline,
                    "strikethrough-rgba", &underline,
                    NULL);
    }
}
