from django.urls import path

from similarity.api.views import CommonProblemsView, SimilarItemsView

urlpatterns = [
    path("common-problems/", CommonProblemsView.as_view(), name="common-problems"),
    path("feedback-items/<int:pk>/similar/", SimilarItemsView.as_view(), name="feedback-item-similar"),
]
