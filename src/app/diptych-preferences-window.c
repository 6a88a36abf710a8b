/* diptych-preferences-window.c: the settings a user can change
 *
 * Every row is bound to its GSettings key; windows follow the keys.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "diptych-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "diptych-preferences-window.h"

struct _DiptychPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  GtkSwitch            *typography_switch;
  GtkSwitch            *link_switch;
  GtkSwitch            *suggestions_switch;
  GtkSwitch            *monospace_switch;
  GtkSwitch            *line_numbers_switch;
  AdwActionRow         *font_row;
  GtkFontButton        *font_button;
  GtkWidget            *reset_font_button;
  GtkAdjustment        *autosave_adjustment;
  AdwEntryRow          *annotator_row;
};

G_DEFINE_FINAL_TYPE (DiptychPreferencesWindow, diptych_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
update_font_row (DiptychPreferencesWindow *self)
{
  g_autofree char *font = g_settings_get_string (self->settings, "font");
  gboolean custom = font[0] != '\0';

  adw_action_row_set_subtitle (self->font_row, custom ? font : _("The system’s document font"));
  gtk_widget_set_visible (self->reset_font_button, custom);
}

static void
reset_font_cb (DiptychPreferencesWindow *self)
{
  g_settings_reset (self->settings, "font");
}

static void
font_set_cb (DiptychPreferencesWindow *self)
{
  g_autofree char *font = gtk_font_chooser_get_font (GTK_FONT_CHOOSER (self->font_button));

  g_settings_set_string (self->settings, "font", font ? font : "");
}

/* The setting is in milliseconds, the row in seconds. */
static gboolean
milliseconds_to_seconds (GValue   *value,
                         GVariant *variant,
                         gpointer  user_data)
{
  g_value_set_double (value, g_variant_get_uint32 (variant) / 1000.0);
  return TRUE;
}

static GVariant *
seconds_to_milliseconds (const GValue       *value,
                         const GVariantType *expected_type,
                         gpointer            user_data)
{
  return g_variant_new_uint32 ((guint32)(g_value_get_double (value) * 1000 + 0.5));
}

static void
diptych_preferences_window_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DIPTYCH_TYPE_PREFERENCES_WINDOW);

  G_OBJECT_CLASS (diptych_preferences_window_parent_class)->dispose (object);
}

static void
diptych_preferences_window_finalize (GObject *object)
{
  DiptychPreferencesWindow *self = (DiptychPreferencesWindow *)object;

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (diptych_preferences_window_parent_class)->finalize (object);
}

static void
diptych_preferences_window_class_init (DiptychPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = diptych_preferences_window_dispose;
  object_class->finalize = diptych_preferences_window_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/diptych-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DiptychPreferencesWindow, typography_switch);
  gtk_widget_class_bind_template_child (widget_class, DiptychPreferencesWindow, link_switch);
  gtk_widget_class_bind_template_child (widget_class, DiptychPreferencesWindow, suggestions_switch);
  gtk_widget_class_bind_template_child (widget_class, DiptychPreferencesWindow, monospace_switch);
  gtk_widget_class_bind_template_child (widget_class, DiptychPreferencesWindow, line_numbers_switch);
  gtk_widget_class_bind_template_child (widget_class, DiptychPreferencesWindow, font_row);
  gtk_widget_class_bind_template_child (widget_class, DiptychPreferencesWindow, font_button);
  gtk_widget_class_bind_template_child (widget_class, DiptychPreferencesWindow, reset_font_button);
  gtk_widget_class_bind_template_child (widget_class, DiptychPreferencesWindow, autosave_adjustment);
  gtk_widget_class_bind_template_child (widget_class, DiptychPreferencesWindow, annotator_row);
  gtk_widget_class_bind_template_callback (widget_class, reset_font_cb);
}

static void
diptych_preferences_window_init (DiptychPreferencesWindow *self)
{
  g_autofree char *font = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APPLICATION_ID);
  g_settings_bind (self->settings, "show-typography-changes", self->typography_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "link-scrolling", self->link_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-suggestions", self->suggestions_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "use-monospace", self->monospace_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "show-line-numbers", self->line_numbers_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  /* A custom font only means something for the proportional font. */
  g_settings_bind (self->settings, "use-monospace", self->font_row, "sensitive",
                   G_SETTINGS_BIND_GET | G_SETTINGS_BIND_INVERT_BOOLEAN);

  g_settings_bind_with_mapping (self->settings, "autosave-delay", self->autosave_adjustment, "value",
                                G_SETTINGS_BIND_DEFAULT, milliseconds_to_seconds,
                                seconds_to_milliseconds, NULL, NULL);

  /* Empty means the user's full name, which the row shows as a hint. */
  g_settings_bind (self->settings, "annotator-name", self->annotator_row, "text",
                   G_SETTINGS_BIND_DEFAULT);

  font = g_settings_get_string (self->settings, "font");
  if (font[0] != '\0')
    gtk_font_chooser_set_font (GTK_FONT_CHOOSER (self->font_button), font);
  g_signal_connect_object (self->font_button, "font-set", G_CALLBACK (font_set_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::font", G_CALLBACK (update_font_row), self,
                           G_CONNECT_SWAPPED);
  update_font_row (self);
}

GtkWidget *
diptych_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (DIPTYCH_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       NULL);
}
