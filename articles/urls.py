from django.urls import path

from articles import views, workflow_views

app_name = "articles"
urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("articles/<str:slug>/", views.ArticleDetailView.as_view(), name="detail"),
    path("personnes/<str:slug>/", views.PersonDetailView.as_view(), name="person"),
    path("mots-cles/<str:slug>/", views.TagView.as_view(), name="tag"),
    path("apercu/<str:token>/", workflow_views.SharedPreviewView.as_view(), name="shared_preview"),
]
